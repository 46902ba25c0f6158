# Barrier: each of the parties gets a distinct index 0..n-1.
import threading

b = threading.Barrier(4)
print(b.parties, b.n_waiting, b.broken)
lock = threading.Lock()
idx = []


def work():
    i = b.wait()
    with lock:
        idx.append(i)


ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx))
print(b.n_waiting, b.broken)
