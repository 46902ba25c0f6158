# Daemon threads are abandoned at exit while non-daemon threads are waited for; atexit runs afterwards.
import atexit
import threading
import time

log = []
log_lock = threading.Lock()
forever = threading.Event()


def record(msg):
    with log_lock:
        log.append(msg)


def background_heartbeat():
    # Blocks forever: the interpreter will not wait for it because it is a daemon.
    forever.wait()
    record("heartbeat woke up (never happens)")


def child_checker():
    inner = threading.Thread(target=lambda: None, name="inner")
    record(f"inner inherits daemon={inner.daemon}")


def slow_writer():
    time.sleep(0.05)
    record("slow writer finished")


def at_exit():
    print("atexit: log has", len(log), "entries")
    for entry in log:
        print("atexit:", entry)


atexit.register(at_exit)

d = threading.Thread(target=background_heartbeat, name="heartbeat", daemon=True)
d.start()
checker_d = threading.Thread(target=child_checker, name="checker-d", daemon=True)
checker_d.start()
checker_d.join()
checker_n = threading.Thread(target=child_checker, name="checker-n")
checker_n.start()
checker_n.join()

w = threading.Thread(target=slow_writer, name="writer")
print("heartbeat daemon:", d.daemon, "writer daemon:", w.daemon)
print("main thread daemon:", threading.current_thread().daemon)
w.start()
try:
    w.daemon = True
except RuntimeError as exc:
    print("cannot change daemon after start:", exc)
print("heartbeat alive:", d.is_alive())
print("main returns now; writer is non-daemon so it still completes")
