# Workers append timestamped events to per-day log files (os + datetime); a pool then
# parses the files back and the main thread reports per-day counts and spans.
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

root = os.path.join('/tmp', 'pyth_dated_logs_%d' % os.getpid())
start = datetime(2024, 2, 27, 22, 0, tzinfo=timezone.utc)
locks = {}
locks_guard = threading.Lock()


def lock_for(path):
    with locks_guard:
        return locks.setdefault(path, threading.Lock())


def producer(wid):
    for i in range(12):
        when = start + timedelta(hours=wid * 9 + i * 5, minutes=wid)
        day_dir = os.path.join(root, when.strftime('%Y'), when.strftime('%m'))
        os.makedirs(day_dir, exist_ok=True)
        path = os.path.join(day_dir, when.strftime('%d') + '.log')
        with lock_for(path):
            with open(path, 'a') as f:
                f.write('%s worker=%d seq=%d\n' % (when.isoformat(), wid, i))


threads = [threading.Thread(target=producer, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

paths = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    for name in sorted(filenames):
        paths.append(os.path.join(dirpath, name))


def parse(path):
    with open(path) as f:
        stamps = [datetime.fromisoformat(line.split()[0]) for line in f]
    day = os.path.relpath(path, root)[:-4].replace(os.sep, '-')
    return day, len(stamps), max(stamps) - min(stamps), os.path.getsize(path) > 0


with ThreadPoolExecutor(max_workers=3) as pool:
    for day, count, span, nonempty in sorted(pool.map(parse, paths)):
        print(day, count, span, nonempty)

for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    os.rmdir(dirpath)
print(os.path.exists(root))
