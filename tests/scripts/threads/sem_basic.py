# Semaphore counts: acquire/release, non-blocking and timed acquires, release(n).
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire())
print(s.acquire(False), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(3)
print([s.acquire(False) for _ in range(4)])
with s if False else threading.Semaphore():
    print("ctx")
d = threading.Semaphore()
print(d.acquire(False), d.acquire(False))
d.release()
with d:
    print("inside", d.acquire(False))
print("after", d.acquire(False))
z = threading.Semaphore(0)
print(z.acquire(timeout=0))
