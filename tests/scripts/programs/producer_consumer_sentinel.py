# Producer/consumer over a queue.Queue, one None sentinel per consumer, results sorted by main.
import threading
import queue
from collections import Counter

NUM_CONSUMERS = 3
tasks = queue.Queue()
results = []
results_lock = threading.Lock()
handled_by = Counter()


def producer(n):
    for i in range(n):
        tasks.put(i)
    for _ in range(NUM_CONSUMERS):
        tasks.put(None)


def consumer():
    name = threading.current_thread().name
    while True:
        item = tasks.get()
        try:
            if item is None:
                return
            with results_lock:
                results.append((item, item * item))
                handled_by[name] += 1
        finally:
            tasks.task_done()


consumers = [threading.Thread(target=consumer, name=f"consumer-{i}")
             for i in range(NUM_CONSUMERS)]
for t in consumers:
    t.start()
prod = threading.Thread(target=producer, args=(20,), name="producer")
prod.start()
prod.join()
tasks.join()
for t in consumers:
    t.join()

results.sort()
print("items processed:", len(results))
print("first five:", results[:5])
print("last two:", results[-2:])
print("sum of squares:", sum(v for _, v in results))
print("total handled:", sum(handled_by.values()))
print("only known consumers:", set(handled_by) <= {t.name for t in consumers})
print("queue empty:", tasks.empty())
print("all consumers finished:", not any(t.is_alive() for t in consumers))
