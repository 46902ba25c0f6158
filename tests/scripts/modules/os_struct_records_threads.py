# Worker threads write binary records (struct) into per-worker files (os), a reader
# thread pool decodes them; timestamps are fixed datetimes so the output is stable.
import os
import queue
import struct
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

RECORD = struct.Struct('<IHd')
base = os.path.join('/tmp', 'pyth_records_%d' % os.getpid())
os.makedirs(base, exist_ok=True)
epoch = datetime(2024, 5, 1, tzinfo=timezone.utc)
jobs = queue.Queue()
for n in range(24):
    jobs.put(n)


def writer(wid):
    path = os.path.join(base, 'worker-%d.bin' % wid)
    with open(path, 'wb') as f:
        while True:
            try:
                n = jobs.get_nowait()
            except queue.Empty:
                break
            when = epoch + timedelta(minutes=15 * n)
            f.write(RECORD.pack(int(when.timestamp()), n, n / 4))


threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()


def read(name):
    with open(os.path.join(base, name), 'rb') as f:
        data = f.read()
    return [RECORD.unpack(chunk) for chunk in (data[i:i + RECORD.size] for i in range(0, len(data), RECORD.size))]


with ThreadPoolExecutor(max_workers=2) as pool:
    records = [r for rows in pool.map(read, sorted(os.listdir(base))) for r in rows]
records.sort(key=lambda r: r[1])
print(len(records), RECORD.size, sum(os.path.getsize(os.path.join(base, n)) for n in os.listdir(base)))
for ts, n, value in records[::5]:
    print(n, value, datetime.fromtimestamp(ts, timezone.utc).strftime('%Y-%m-%d %H:%M %Z'))
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
