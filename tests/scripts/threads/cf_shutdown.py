# shutdown(wait=True) waits; submit after shutdown is a RuntimeError.
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
done = []


def work(i):
    with lock:
        done.append(i)
    return i


ex = ThreadPoolExecutor(max_workers=2)
futs = [ex.submit(work, i) for i in range(10)]
ex.shutdown(wait=True)
print(sorted(done), all(f.done() for f in futs))
try:
    ex.submit(work, 99)
except RuntimeError as e:
    print("RuntimeError", e)
ex.shutdown()
print("second shutdown ok")
