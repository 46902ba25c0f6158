import queue
import threading

q = queue.Queue()
results = {}


class Worker(threading.Thread):
    def __init__(self, name, *, daemon=True):
        super().__init__(name=name, daemon=daemon)

    def run(self):
        while True:
            try:
                item = q.get(timeout=0.1)
            except queue.Empty:
                break
            else:
                results[item] = item ** 2
            finally:
                pass
            q.task_done()


for i in range(10):
    q.put(i)
workers = [Worker(f"w{i}") for i in range(3)]
for w in workers:
    w.start()
q.join()
print(sorted(results.items())[:3], len(results))
