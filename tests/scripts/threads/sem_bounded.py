# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
b.acquire()
b.release()
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))
print(isinstance(b, threading.Semaphore))
b.release()
b.release()
b.release()
