"""A ThreadPoolExecutor computing with functools: an lru_cache shared by the workers (its lock
keeps the statistics exact), partial for the task, reduce to combine, and a contextmanager
that counts how many tasks are running at once."""
import functools
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager


@functools.lru_cache(maxsize=None)
def collatz_steps(n: int) -> int:
    if n == 1:
        return 0
    return 1 + collatz_steps(n // 2 if n % 2 == 0 else 3 * n + 1)


active = 0
peak = 0
state_lock = threading.Lock()


@contextmanager
def running():
    global active, peak
    with state_lock:
        active += 1
        peak = max(peak, active)
    try:
        yield
    finally:
        with state_lock:
            active -= 1


def longest_in(start: int, stop: int, *, step: int = 1) -> tuple:
    with running():
        best = max(range(start, stop, step), key=collatz_steps)
        return best, collatz_steps(best)


chunk = functools.partial(longest_in, step=1)
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(chunk, lo, lo + 250) for lo in range(1, 2001, 250)]
    results = sorted(f.result() for f in as_completed(futures))

print(results)
best = functools.reduce(lambda a, b: a if a[1] >= b[1] else b, results)
print("best", best)
info = collatz_steps.cache_info()
print(info.currsize <= info.misses, info.hits + info.misses > 2000, active, 1 <= peak <= 4)
collatz_steps.cache_clear()
print(collatz_steps.cache_info())
