# Non-blocking and timed acquires fail while another thread holds the lock.
import threading

lock = threading.Lock()
held = threading.Event()
release = threading.Event()


def holder():
    with lock:
        held.set()
        release.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(timeout=0.02))
release.set()
print(lock.acquire(timeout=5))
lock.release()
t.join()
print(lock.locked())
