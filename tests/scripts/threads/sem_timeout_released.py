# A timed acquire succeeds when another thread releases in time.
import threading

sem = threading.Semaphore(0)
waiting = threading.Event()
got = []


def waiter():
    waiting.set()
    got.append(sem.acquire(timeout=10))


t = threading.Thread(target=waiter)
t.start()
waiting.wait()
sem.release()
t.join()
print(got)
print(sem.acquire(blocking=True, timeout=0.01))
