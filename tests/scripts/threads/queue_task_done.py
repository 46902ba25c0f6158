# task_done / join: join returns when every item has been processed.
import queue
import threading

q = queue.Queue()
lock = threading.Lock()
processed = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * 2)
        q.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(30):
    q.put(i)
q.join()
print(len(processed), sum(processed))
for _ in ts:
    q.put(None)
q.join()
for t in ts:
    t.join()
print(q.unfinished_tasks, q.empty())
q.join()
print("join on drained queue returns")
