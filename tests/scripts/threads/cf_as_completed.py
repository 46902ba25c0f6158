# as_completed yields every future once, in completion order (forced here by events).
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

events = [threading.Event() for _ in range(3)]


def job(i):
    events[i].wait()
    if i < 2:
        events[i + 1].set()  # finishing i lets i+1 finish
    return i


with ThreadPoolExecutor(3) as ex:
    futs = [ex.submit(job, i) for i in (2, 1, 0)]
    events[0].set()
    order = [f.result() for f in as_completed(futs)]
print(sorted(order), len(order))
with ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs + futs)))
