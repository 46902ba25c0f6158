# Releasing an unlocked lock is a RuntimeError (caught), then uncaught.
import _thread
import threading

lock = _thread.allocate_lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
lock.acquire()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(_thread.error is RuntimeError)
try:
    threading.Lock().release()
except _thread.error as e:
    print("caught as _thread.error:", e)
threading.Lock().release()
print("not reached")
