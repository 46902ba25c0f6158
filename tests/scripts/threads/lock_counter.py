# A counter protected by a lock is exact.
import threading

counter = 0
lock = threading.Lock()


def inc(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=inc, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
