# allocate_lock: acquire/release/locked, the LockType and the context manager.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(lock.acquire_lock())
print(lock.locked_lock())
lock.release_lock()
print(lock.locked())
# the lock is released even when the with body raises
try:
    with lock:
        raise ValueError("x")
except ValueError:
    pass
print("after raise", lock.locked())
print(_thread.allocate() is not None)
