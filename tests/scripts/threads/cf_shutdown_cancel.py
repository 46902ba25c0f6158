# shutdown(cancel_futures=True) cancels pending futures; shutdown(wait=False) returns at once.
import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "finished"


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
pending = [ex.submit(lambda i=i: i) for i in range(5)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in pending])
print(first.cancelled(), first.running())
gate.set()
print(first.result())
ex2 = ThreadPoolExecutor(1)
ex2.shutdown(wait=False)
print("returned")
