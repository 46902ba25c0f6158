# Future states: pending, running, finished; cancel only while pending.
import threading
from concurrent.futures import ThreadPoolExecutor

block = threading.Event()
started = threading.Event()


def slow():
    started.set()
    block.wait()
    return "slow done"


ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(slow)
f2 = ex.submit(lambda: "second")
started.wait()
print("f1", f1.running(), f1.done(), f1.cancelled())
print("f2", f2.running(), f2.done(), f2.cancelled())
print("cancel running:", f1.cancel())
print("cancel pending:", f2.cancel(), f2.cancelled(), f2.done(), f2.running())
print("cancel again:", f2.cancel())
block.set()
print(f1.result(), f1.done(), f1.running(), f1.cancelled())
print("cancel finished:", f1.cancel())
ex.shutdown()
