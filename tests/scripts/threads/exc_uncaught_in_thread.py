# An uncaught exception in a thread is reported on stderr; the program goes on.
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="bad-worker")
t.start()
t.join()
print("main continues", t.is_alive())
t2 = threading.Thread(target=lambda: None)
t2.start()
t2.join()
print("exit code stays 0")
