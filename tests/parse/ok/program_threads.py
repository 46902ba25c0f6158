import threading
import time

counter = 0
lock = threading.Lock()


def worker(n):
    """Add n to the counter, one at a time."""
    global counter
    for _ in range(n):
        with lock:
            counter += 1
    time.sleep(0.01)


threads = [threading.Thread(target=worker, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter}")
