# A wait timeout breaks the barrier for everyone.
import threading

b = threading.Barrier(2)
try:
    b.wait(0.01)
except threading.BrokenBarrierError:
    print("timed out -> BrokenBarrierError")
print(b.broken)
b.reset()
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("default timeout used")
print(b2.broken)
b3 = threading.Barrier(1)
print(b3.wait(), b3.wait(0.01), b3.broken)
