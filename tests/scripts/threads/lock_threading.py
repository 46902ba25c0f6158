# threading.Lock / RLock factory objects.
import threading
import _thread

l = threading.Lock()
print(type(l) is _thread.LockType)
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
with l:
    print(l.locked())
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("rlock nested ok")
for bad in ((False, 1), ()):
    try:
        r.acquire(*bad, timeout=-5) if not bad else r.acquire(*bad)
    except ValueError as e:
        print("ValueError", e)
print(r.acquire(timeout=-1))
r.release()
