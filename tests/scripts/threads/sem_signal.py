# Semaphore(0) as a signal: the main thread waits for N releases.
import threading

sem = threading.Semaphore(0)
lock = threading.Lock()
order = []


def work(i):
    with lock:
        order.append(i)
    sem.release()


ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for _ in range(8):
    sem.acquire()
print(sorted(order))
print(sem.acquire(timeout=0.01))
for t in ts:
    t.join()
