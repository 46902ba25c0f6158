# Releasing an RLock that is not owned: uncaught RuntimeError.
import threading

r = threading.RLock()
r.acquire()
r.release()
print("released once")
r.release()
