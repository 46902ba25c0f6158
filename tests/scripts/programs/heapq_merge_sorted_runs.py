# Parallel external-sort style: threads sort runs, heapq.merge combines them, bisect answers range queries.
import bisect
import heapq
import random
import threading

rng = random.Random(99)
values = [rng.randint(0, 10_000) for _ in range(3000)]
RUNS = 6
runs = [None] * RUNS


def sort_run(i):
    run = values[i::RUNS]
    run.sort()
    runs[i] = run


threads = [threading.Thread(target=sort_run, args=(i,), name=f"run-{i}") for i in range(RUNS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

merged = list(heapq.merge(*runs))
print("run lengths:", [len(r) for r in runs])
print("merged sorted:", merged == sorted(values))
print("smallest:", merged[:5], "largest:", merged[-3:])


def count_between(lo, hi):
    return bisect.bisect_right(merged, hi) - bisect.bisect_left(merged, lo)


queries = [(0, 100), (2500, 2600), (5000, 7500), (9990, 10000)]
answers = {}
qlock = threading.Lock()


def answer(q):
    c = count_between(*q)
    with qlock:
        answers[q] = c


qs = [threading.Thread(target=answer, args=(q,)) for q in queries]
for t in qs:
    t.start()
for t in qs:
    t.join()
for q in queries:
    print(f"values in [{q[0]}, {q[1]}]: {answers[q]}")

desc = list(heapq.merge(*[sorted(r, reverse=True) for r in runs], reverse=True))
print("descending head:", desc[:4])
keyed = list(heapq.merge(["fig", "apple"], ["kiwi", "banana"], key=len))
print("merge by key:", keyed)
pos = bisect.bisect(merged, 5000)
print("insertion point for 5000:", pos, "neighbors:", merged[pos - 1], merged[pos])
