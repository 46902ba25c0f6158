# task_done() called too many times.
import queue

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
lq = queue.LifoQueue()
lq.put(1)
lq.get()
lq.task_done()
lq.join()
lq.task_done()
