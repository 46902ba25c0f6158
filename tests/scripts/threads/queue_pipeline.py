# A three-stage pipeline of threads connected by queues.
import queue
import threading

q1, q2, q3 = queue.Queue(), queue.Queue(5), queue.Queue()
STOP = object()


def stage(src, dst, fn):
    while True:
        x = src.get()
        if x is STOP:
            dst.put(STOP)
            return
        dst.put(fn(x))


a = threading.Thread(target=stage, args=(q1, q2, lambda x: x + 1))
b = threading.Thread(target=stage, args=(q2, q3, lambda x: x * x))
a.start()
b.start()
for i in range(10):
    q1.put(i)
q1.put(STOP)
out = []
while True:
    x = q3.get()
    if x is STOP:
        break
    out.append(x)
a.join()
b.join()
print(out)  # FIFO through single workers keeps order
