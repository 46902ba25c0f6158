# Unique ids from a shared itertools.count across a thread pool; groupby and product in workers.
import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

ids = itertools.count(1)
seen = []
lock = threading.Lock()

def take(n):
    mine = [next(ids) for _ in range(n)]
    with lock:
        seen.extend(mine)
    return len(mine)

with ThreadPoolExecutor(max_workers=4) as pool:
    total = sum(pool.map(take, [250] * 8))
print(total, len(set(seen)), min(seen), max(seen))

def summarize(word):
    groups = [(k, len(list(g))) for k, g in itertools.groupby(sorted(word))]
    pairs = list(itertools.combinations(word[:4], 2))
    return word, groups, len(pairs), list(itertools.accumulate(range(5)))

with ThreadPoolExecutor(max_workers=3) as pool:
    for word, groups, npairs, acc in pool.map(summarize, ["mississippi", "banana", "threading"]):
        print(word, groups, npairs, acc)

# A chain of per-thread results, consumed in order after joining.
results = [None] * 4
def work(i):
    results[i] = list(itertools.islice(itertools.count(i * 100, 7), 3))
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(list(itertools.chain.from_iterable(results)))
print(list(itertools.starmap(lambda a, b: a * b, itertools.zip_longest(range(3), range(5), fillvalue=1))))
