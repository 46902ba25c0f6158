# Semaphore argument errors.
import threading

for v in (-1, -10):
    try:
        threading.Semaphore(v)
    except ValueError as e:
        print("ValueError", e)
s = threading.Semaphore(1)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
for n in (0, -1):
    try:
        s.release(n)
    except ValueError as e:
        print("ValueError", e)
try:
    threading.BoundedSemaphore(-1)
except ValueError as e:
    print("ValueError", e)
print(threading.Semaphore(0).acquire(False))
