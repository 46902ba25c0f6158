import bisect
from bisect import bisect_left, bisect_right, insort, insort_left
a = [1, 2, 4, 4, 8]
print(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 5), bisect_left(a, 0), bisect_right(a, 9), bisect_left(a, 4, 3), bisect_right(a, 4, 0, 2))
insort(a, 3); insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect_left(recs, 5, key=lambda r: r[1]))
insort(recs, ("x", 6), key=lambda r: r[1]); print(recs)
try: bisect_left(a, 1, -1)
except ValueError as e: print("ValueError", e)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
import threading
lock = threading.Lock()
scores = []
def add(base):
    for i in range(20):
        with lock:
            insort(scores, (base * 7 + i * 13) % 101)
ts = [threading.Thread(target=add, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(scores), scores == sorted(scores), scores[:5])
