# abort() breaks the barrier: waiters and later callers get BrokenBarrierError.
import threading
import time

b = threading.Barrier(3)
out = []


def work():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError as e:
        out.append("broken " + type(e).__name__)


t = threading.Thread(target=work)
t.start()
while b.n_waiting < 1:
    time.sleep(0.001)
print(b.n_waiting)
b.abort()
t.join()
print(out, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier raises")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.reset()
print(b.broken, b.n_waiting)
