# Pending futures in a one-worker pool can be cancelled; running ones cannot; shutdown(cancel_futures=True).
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

started = threading.Event()
proceed = threading.Event()
ran = []


def task(n):
    if n == 0:
        started.set()
        proceed.wait()
    ran.append(n)
    return n * n


pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo")
futs = [pool.submit(task, n) for n in range(6)]
started.wait()
print("first running:", futs[0].running(), "cancel running:", futs[0].cancel())
print("cancel 2 and 4:", futs[2].cancel(), futs[4].cancel())
proceed.set()
print("result 0:", futs[0].result())
pool.shutdown(wait=True)

for i, f in enumerate(futs):
    if f.cancelled():
        try:
            f.result()
        except CancelledError:
            print(f"task {i}: cancelled")
    else:
        print(f"task {i}: result {f.result()}")
print("ran:", ran)

gate = threading.Event()
blocking_started = threading.Event()


def block():
    blocking_started.set()
    return gate.wait(5)


pool2 = ThreadPoolExecutor(max_workers=1)
blocker = pool2.submit(block)
blocking_started.wait()
later = [pool2.submit(pow, 2, k) for k in range(4)]
pool2.shutdown(wait=False, cancel_futures=True)
gate.set()
print("blocker result:", blocker.result())
print("later cancelled:", [f.cancelled() for f in later])
try:
    pool2.submit(abs, -1)
except RuntimeError as e:
    print("submit after shutdown:", e)
