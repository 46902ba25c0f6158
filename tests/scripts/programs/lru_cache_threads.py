# functools.lru_cache shared by many threads: warm the cache first so hit counts are deterministic.
from functools import lru_cache, wraps
import threading

calls = []


def counted(fn):
    @wraps(fn)
    def wrapper(*args):
        calls.append(args)
        return fn(*args)
    return wrapper


@lru_cache(maxsize=None)
@counted
def collatz_len(n: int) -> int:
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


@lru_cache(maxsize=32)
def slug(title: str) -> str:
    return "-".join(title.lower().split())


for n in range(1, 200):
    collatz_len(n)
warm = collatz_len.cache_info()
print("after warm-up:", warm)
print("distinct computations:", len(calls), "equals misses:", len(calls) == warm.misses)

results = {}
lock = threading.Lock()


def worker(start):
    best = max(range(start, start + 50), key=collatz_len)
    with lock:
        results[start] = (best, collatz_len(best))


threads = [threading.Thread(target=worker, args=(s,), name=f"cz-{s}") for s in range(1, 150, 50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
after = collatz_len.cache_info()
print("results:", [results[k] for k in sorted(results)])
print("new hits:", after.hits - warm.hits, "new misses:", after.misses - warm.misses)
print("wrapped name:", collatz_len.__wrapped__.__name__)

titles = ["Hello World", "Thread Safety", "GIL Basics"] * 4
out = []
ts = [threading.Thread(target=lambda t=t: out.append(slug(t))) for t in titles]
for t in ts:
    t.start()
for t in ts:
    t.join()
info = slug.cache_info()
print("slugs:", sorted(set(out)))
print("slug calls:", info.hits + info.misses, "cached:", info.currsize, "maxsize:", info.maxsize)
slug.cache_clear()
print("after clear:", slug.cache_info())
