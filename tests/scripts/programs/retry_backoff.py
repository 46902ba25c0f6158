# A retry decorator with exponential backoff (delays recorded, barely slept) applied to flaky tasks in a pool.
from concurrent.futures import ThreadPoolExecutor
from functools import wraps
import threading
import time


class TransientError(Exception):
    pass


def retry(max_attempts=4, base=0.1, factor=2.0, retry_on=(TransientError,)):
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            delays = []
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs), attempt, delays
                except retry_on:
                    if attempt == max_attempts:
                        raise
                    delay = round(base * factor ** (attempt - 1), 3)
                    delays.append(delay)
                    time.sleep(delay / 100)  # scaled down: only the schedule matters
        return wrapper
    return decorator


attempts_seen = {}
seen_lock = threading.Lock()


@retry(max_attempts=4)
def flaky_fetch(key: str, fail_times: int) -> str:
    """Fails the first `fail_times` calls for a key."""
    with seen_lock:
        attempts_seen[key] = attempts_seen.get(key, 0) + 1
        n = attempts_seen[key]
    if n <= fail_times:
        raise TransientError(f"{key} attempt {n} failed")
    return key.upper()


plan = {"alpha": 0, "beta": 1, "gamma": 3, "delta": 2, "omega": 5}
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {k: pool.submit(flaky_fetch, k, n) for k, n in plan.items()}

for key in sorted(futures):
    fut = futures[key]
    if fut.exception():
        print(f"{key:<6} gave up: {fut.exception()} (calls={attempts_seen[key]})")
    else:
        value, attempts, delays = fut.result()
        print(f"{key:<6} -> {value} after {attempts} attempt(s), backoff {delays}")
print("wrapper keeps metadata:", flaky_fetch.__name__, "|", flaky_fetch.__doc__)
print("total calls:", sum(attempts_seen.values()))
