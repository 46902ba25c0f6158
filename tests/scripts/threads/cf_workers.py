# max_workers and thread_name_prefix; invalid max_workers.
import threading
from concurrent.futures import ThreadPoolExecutor

for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError", e)
names = set()
lock = threading.Lock()
barrier = threading.Barrier(3)


def record():
    barrier.wait()  # three calls in three distinct workers
    with lock:
        names.add(threading.current_thread().name)


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    for f in [ex.submit(record) for _ in range(3)]:
        f.result()
print(sorted(names))
print(sorted(n.rsplit("_", 1)[0] for n in names))
with ThreadPoolExecutor(1) as ex:
    n = ex.submit(lambda: threading.current_thread().name).result()
print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
with ThreadPoolExecutor(2) as ex:
    print(ex.submit(lambda: threading.current_thread().daemon).result())
