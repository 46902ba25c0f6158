# SimpleQueue: unbounded FIFO, put/get/empty/qsize, Empty on get_nowait.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty non-blocking")


def produce(base):
    for i in range(50):
        sq.put(base + i)


ts = [threading.Thread(target=produce, args=(b,)) for b in (0, 1000, 2000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
got = []
while not sq.empty():
    got.append(sq.get())
print(len(got), sorted(got) == sorted(list(range(50)) + list(range(1000, 1050)) + list(range(2000, 2050))))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
