# Releasing an unlocked lock: uncaught RuntimeError, exit code 1.
import _thread

lock = _thread.allocate_lock()
print("start")
lock.release()
