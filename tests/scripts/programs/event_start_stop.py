# Events release all workers at once and later tell them to stop once the queue is drained.
import threading
import queue

start = threading.Event()
stop = threading.Event()
jobs = queue.Queue()
done = []
done_lock = threading.Lock()
ready = []


def worker():
    ready.append(threading.current_thread().name)
    start.wait()
    while not stop.is_set():
        try:
            n = jobs.get(timeout=0.01)
        except queue.Empty:
            continue
        with done_lock:
            done.append(sum(range(n)))
        jobs.task_done()


workers = [threading.Thread(target=worker, name=f"w{i}") for i in range(4)]
for w in workers:
    w.start()
for n in range(1, 31):
    jobs.put(n)

print("start flag before:", start.is_set())
print("any work done before start:", bool(done))
start.set()
jobs.join()
stop.set()
for w in workers:
    w.join()

print("start flag after:", start.is_set())
print("ready workers:", sorted(ready))
print("jobs done:", len(done))
print("sum of results:", sum(done))
print("largest:", max(done))
print("stop wait returns:", stop.wait(0.01))
stop.clear()
print("after clear, wait with timeout:", stop.wait(0.01))
