# Lock.acquire with timeouts on a held lock, and argument errors.
import _thread

lock = _thread.allocate_lock()
lock.acquire()
print(lock.acquire(timeout=0.01))
print(lock.acquire(True, 0.01))
print(lock.acquire(True, 0))
print(lock.acquire(blocking=True, timeout=0.005))
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((False,), {"timeout": 0.5})]:
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print("ValueError", e)
print(lock.acquire(timeout=-1) if False else "skip")
lock.release()
print(lock.acquire(timeout=0.01))
print(lock.acquire(False, -1))
lock.release()
print(type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 1e6)
