# add_done_callback: called with the future when done; immediately if already done.
import threading
from concurrent.futures import ThreadPoolExecutor, Future

lock = threading.Lock()
log = []


def cb(tag):
    def inner(fut):
        with lock:
            log.append((tag, fut.result() if not fut.cancelled() else "cancelled"))
    return inner


gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(lambda: gate.wait() and 42)
    f.add_done_callback(cb("first"))
    f.add_done_callback(cb("second"))
    gate.set()
    f.result()
f.add_done_callback(cb("late"))
print(log)
p = Future()
p.add_done_callback(cb("cancel"))
p.cancel()
print(log[-1])
