# The program exits without waiting for a daemon thread blocked forever.
import threading

started = threading.Event()
never = threading.Event()


def forever():
    started.set()
    never.wait()


t = threading.Thread(target=forever, daemon=True)
t.start()
started.wait()
print("daemon alive:", t.is_alive())
print("main done")
