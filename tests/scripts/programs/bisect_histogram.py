# Threads bucket exam scores with bisect into grade bands; partial histograms are merged and drawn.
import bisect
import random
import threading
from collections import Counter

BREAKPOINTS = [50, 60, 70, 80, 90]
GRADES = "FEDCBA"


def grade(score):
    return GRADES[bisect.bisect(BREAKPOINTS, score)]


classes = {}
for k, room in enumerate(["room-a", "room-b", "room-c", "room-d"]):
    rng = random.Random(k * 11 + 3)
    classes[room] = [min(100, max(0, int(rng.gauss(68 + 3 * k, 14)))) for _ in range(60)]

partials = {}
lock = threading.Lock()


def tally(room):
    c = Counter(grade(s) for s in classes[room])
    top = max(classes[room])
    with lock:
        partials[room] = (c, top)


threads = [threading.Thread(target=tally, args=(r,), name=r) for r in classes]
for t in threads:
    t.start()
for t in threads:
    t.join()

overall = Counter()
for room in sorted(partials):
    c, top = partials[room]
    overall += c
    dist = " ".join(f"{g}:{c[g]:2d}" for g in reversed(GRADES))
    print(f"{room}: {dist}  best={top}")

print("overall histogram:")
scale = max(overall.values())
for g in reversed(GRADES):
    bar = "#" * round(30 * overall[g] / scale)
    print(f"  {g} {overall[g]:3d} {bar}")
print("students:", sum(overall.values()))
print("boundary checks:", [grade(s) for s in (0, 49, 50, 59, 60, 89, 90, 100)])
sorted_scores = sorted(s for v in classes.values() for s in v)
print("median position:", bisect.bisect_left(sorted_scores, sorted_scores[len(sorted_scores) // 2]))
