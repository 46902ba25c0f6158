# ThreadPoolExecutor.map with a generous timeout, functools.partial arguments and itertools chunking.
from concurrent.futures import ThreadPoolExecutor
from functools import partial
import itertools
import time


def scale_and_sum(values, factor, offset=0):
    time.sleep(0.005)
    return sum(v * factor + offset for v in values)


def batched(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


data = range(1, 101)
chunks = list(batched(data, 12))
print("chunk sizes:", [len(c) for c in chunks])

job = partial(scale_and_sum, factor=3, offset=1)
with ThreadPoolExecutor(max_workers=4) as pool:
    partials = list(pool.map(job, chunks, timeout=10))
    pairs = list(pool.map(pow, [2, 3, 5, 7], itertools.repeat(3), timeout=10))
    zipped = list(pool.map(lambda a, b: a * b, "abc", [1, 2, 3]))

print("partial sums:", partials)
print("total:", sum(partials), "check:", sum(v * 3 + 1 for v in data))
print("cubes:", pairs)
print("zipped:", zipped)
print("running totals:", list(itertools.accumulate(partials))[-3:])
print("partial repr func:", job.func.__name__, job.keywords)
