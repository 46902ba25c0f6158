# _thread.RLock: recursion, ownership, release errors.
import _thread

r = _thread.RLock()
print(r.acquire())
print(r.acquire())
print(r.acquire(False))
print(r._is_owned())
r.release()
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._is_owned())
print(r._is_owned())
