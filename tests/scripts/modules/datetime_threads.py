# datetime in worker threads: timestamps, parsing and formatting from a pool.
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
import queue

start = datetime(2024, 1, 1, tzinfo=timezone.utc)


def schedule(n):
    # Each job: its slot time, formatted, parsed back, and the gap from the start.
    slot = start + timedelta(hours=7 * n, minutes=n)
    text = slot.strftime('%Y-%m-%d %H:%M:%S %z')
    back = datetime.strptime(text, '%Y-%m-%d %H:%M:%S %z')
    return n, text, back == slot, (back - start).total_seconds(), slot.isoformat()


with ThreadPoolExecutor(max_workers=4) as pool:
    for row in pool.map(schedule, range(12)):
        print(row)

stamps = queue.Queue()
before = datetime.now(timezone.utc)


def stamp(i):
    t = datetime.now(timezone.utc)
    stamps.put((i, t))


threads = [threading.Thread(target=stamp, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
after = datetime.now(timezone.utc)
got = []
while not stamps.empty():
    got.append(stamps.get())
print(len(got), all(before <= t <= after for _, t in got), sorted(i for i, _ in got))
span = max(t for _, t in got) - min(t for _, t in got)
print(span >= timedelta(0), span < timedelta(seconds=30), type(span).__name__)

totals = {}
lock = threading.Lock()


def add_durations(worker):
    local = timedelta()
    for k in range(1, 101):
        local += timedelta(seconds=k, microseconds=worker)
    with lock:
        totals[worker] = local


ts = [threading.Thread(target=add_durations, args=(w,)) for w in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for w in sorted(totals):
    print(w, totals[w], repr(totals[w]))
