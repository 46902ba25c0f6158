# n_waiting counts the threads currently blocked in wait().
import threading
import time

b = threading.Barrier(3)
ts = [threading.Thread(target=b.wait) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
print(b.n_waiting)
print(b.wait())
for t in ts:
    t.join()
print(b.n_waiting, b.broken)
