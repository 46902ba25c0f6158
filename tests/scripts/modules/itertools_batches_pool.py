# Work split into batches with islice, fanned out to a pool, merged back with chain; a grid
# search over product(); tee feeding two consumer threads.
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

def batched(iterable, n):
    it = iter(iterable)
    while True:
        batch = tuple(itertools.islice(it, n))
        if not batch:
            return
        yield batch

def square_all(batch):
    return [x * x for x in batch]

with ThreadPoolExecutor(max_workers=4) as pool:
    parts = list(pool.map(square_all, batched(range(23), 5)))
print([len(p) for p in parts])
print(list(itertools.chain.from_iterable(parts))[-5:])

def score(params):
    lr, depth, reg = params
    return (round(abs(0.1 - lr) * 10 + abs(4 - depth) + reg, 3), params)

grid = list(itertools.product([0.01, 0.1, 0.5], [2, 4, 8], [0, 1]))
with ThreadPoolExecutor(max_workers=3) as pool:
    best = sorted(pool.map(score, grid))[:3]
print(len(grid), best)

# Two consumers of one stream via tee, each in its own thread.
evens, odds = itertools.tee(range(20))
out = {}
def consume(name, it, pred):
    out[name] = list(itertools.filterfalse(pred, it))
t1 = threading.Thread(target=consume, args=('evens', evens, lambda x: x % 2))
t1.start(); t1.join()
t2 = threading.Thread(target=consume, args=('odds', odds, lambda x: x % 2 == 0))
t2.start(); t2.join()
print(out['evens'], out['odds'])
counter = itertools.count()
lock = threading.Lock()
names = []
def register():
    with lock:
        names.append('job-%d' % next(counter))
threads = [threading.Thread(target=register) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(names), next(counter))
