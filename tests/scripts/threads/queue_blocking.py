# put blocks on a full queue until a consumer gets; get blocks until a producer puts.
import queue
import threading

q = queue.Queue(maxsize=1)
log = []
lock = threading.Lock()


def producer():
    for i in range(5):
        q.put(i)  # blocks while the queue is full
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            log.append(item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(log)
q2 = queue.Queue()
res = []
t = threading.Thread(target=lambda: res.append(q2.get(timeout=10)))
t.start()
q2.put("delivered")
t.join()
print(res)
