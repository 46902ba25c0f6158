# Scatter slices of a dataset to per-worker inboxes, gather indexed partial results, then combine.
import queue
import threading
import statistics

DATA = [((i * 37) % 101) / 4 for i in range(120)]
N = 4
inboxes = [queue.Queue() for _ in range(N)]
outbox = queue.Queue()


def worker(idx):
    inbox = inboxes[idx]
    while True:
        msg = inbox.get()
        if msg is None:
            break
        part_no, values = msg
        outbox.put((part_no, {
            "n": len(values),
            "sum": sum(values),
            "min": min(values),
            "max": max(values),
            "sorted": sorted(values),
        }))


threads = [threading.Thread(target=worker, args=(i,), name=f"gather-{i}") for i in range(N)]
for t in threads:
    t.start()

size = 15
parts = [DATA[i:i + size] for i in range(0, len(DATA), size)]
for part_no, values in enumerate(parts):
    inboxes[part_no % N].put((part_no, values))
for box in inboxes:
    box.put(None)
for t in threads:
    t.join()

gathered = sorted((outbox.get() for _ in range(len(parts))), key=lambda r: r[0])
print("parts gathered:", [p for p, _ in gathered])
total_n = sum(r["n"] for _, r in gathered)
total = sum(r["sum"] for _, r in gathered)
print("count:", total_n, "sum:", total, "mean:", total / total_n)
print("global min/max:", min(r["min"] for _, r in gathered), max(r["max"] for _, r in gathered))
everything = sorted(v for _, r in gathered for v in r["sorted"])
print("median:", statistics.median(everything))
print("stdev:", round(statistics.stdev(everything), 6))
print("mean matches statistics:", statistics.mean(DATA) == total / total_n)
print("per part means:", [round(r["sum"] / r["n"], 2) for _, r in gathered])
print("outbox drained:", outbox.empty())
