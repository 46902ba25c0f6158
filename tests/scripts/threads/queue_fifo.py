# Queue is FIFO; qsize / empty / full.
import queue

q = queue.Queue()
print(q.qsize(), q.empty(), q.full(), q.maxsize)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
print(q.empty())
q.put_nowait("a")
print(q.get_nowait())
q.put("b", block=False)
q.put("c", True, 1)
print(q.get(False), q.get(True, 1), q.get(block=True, timeout=None) if q.qsize() else "empty")
