# A pool of workers formats and parses times with the time module; results are joined
# and sorted, so the output does not depend on scheduling.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

FORMAT = '%Y-%m-%d %H:%M:%S'


def convert(seconds):
    tm = time.gmtime(seconds)
    text = time.strftime(FORMAT, tm)
    parsed = time.strptime(text, FORMAT)
    return seconds, text, tuple(parsed)[:6] == tuple(tm)[:6], time.asctime(tm)


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(convert, s) for s in range(0, 10 ** 9, 123456789)]
    results = sorted(f.result() for f in as_completed(futures))
for row in results:
    print(row)

cpu = {}
lock = threading.Lock()


def burn(i):
    start = time.thread_time()
    total = 0
    for k in range(20000):
        total += k * k
    used = time.thread_time() - start
    with lock:
        cpu[i] = (total, used >= 0.0)


ts = [threading.Thread(target=burn, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(cpu.items()))
print(time.process_time() >= 0.0, time.monotonic_ns() > 0)
