# LifoQueue and PriorityQueue order.
import queue

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "a0"), (2, "b")]:
    pq.put(item)
print([pq.get() for _ in range(5)])
pq2 = queue.PriorityQueue(maxsize=2)
pq2.put(5)
pq2.put(1)
print(pq2.full())
try:
    pq2.put_nowait(0)
except queue.Full:
    print("Full")
print(pq2.get(), pq2.get())
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
