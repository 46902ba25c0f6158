# A bounded queue: full(), put_nowait raises Full, timed put raises Full.
import queue

q = queue.Queue(maxsize=2)
print(q.maxsize, q.full())
q.put(1)
q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full (put_nowait)")
try:
    q.put(3, block=False)
except queue.Full:
    print("Full (block=False)")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full (timeout)")
print(q.get_nowait(), q.full())
q.put(3)
print([q.get() for _ in range(2)], q.empty())
for m in (0, -1):
    u = queue.Queue(maxsize=m)
    for i in range(100):
        u.put_nowait(i)
    print(m, u.qsize(), u.full())
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
