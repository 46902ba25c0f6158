# reset() while a thread waits: the waiter gets BrokenBarrierError, the barrier is usable again.
import threading
import time

b = threading.Barrier(2)
out = []


def work():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken by reset")


t = threading.Thread(target=work)
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
b.reset()
t.join()
print(out, b.broken, b.n_waiting)
res = []
t = threading.Thread(target=lambda: res.append(b.wait()))
t.start()
res.append(b.wait())
t.join()
print(sorted(res))
