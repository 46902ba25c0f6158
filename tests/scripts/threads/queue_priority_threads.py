# Several producers fill a PriorityQueue; draining it yields sorted items.
import queue
import threading

pq = queue.PriorityQueue()


def produce(k):
    for i in range(10):
        pq.put((i * 7 + k) % 23)


ts = [threading.Thread(target=produce, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print(out == sorted(out), len(out), out[:6])
lq = queue.LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
try:
    lq.put(9, timeout=0.01)
except queue.Full:
    print("lifo Full")
print(lq.get(), lq.qsize())
