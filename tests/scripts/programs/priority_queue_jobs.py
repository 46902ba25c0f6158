# A PriorityQueue of dataclass(order=True) jobs; payload fields are excluded from comparison.
import queue
import threading
from dataclasses import dataclass, field
from typing import Any, List


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: Any = field(default=None, compare=False)


pq: "queue.PriorityQueue[Job]" = queue.PriorityQueue()
processed: List[str] = []
gate = threading.Event()


def worker() -> None:
    gate.wait()  # everything is queued before the single worker starts pulling
    while True:
        job = pq.get()
        if job.name == "shutdown":
            pq.task_done()
            break
        processed.append(f"p{job.priority}:{job.name}={job.payload(*range(1, 5))}")
        pq.task_done()


specs = [
    (3, "report", sum), (1, "alert", max), (2, "index", min), (1, "page", len),
    (5, "cleanup", sorted), (2, "email", lambda t: t[::-1]), (3, "backup", any),
]
t = threading.Thread(target=worker, name="pq-worker")
t.start()
for seq, (prio, name, fn) in enumerate(specs):
    pq.put(Job(prio, seq, name, lambda *a, fn=fn: fn(a)))
pq.put(Job(99, 999, "shutdown"))
print("queued:", pq.qsize())
gate.set()
pq.join()
t.join()
for line in processed:
    print(line)

a, b = Job(1, 0, "x"), Job(1, 0, "y", payload=[1])
print("equal despite payload:", a == b, "less:", Job(0, 5, "z") < a)
print(sorted([Job(2, 1, "m"), Job(1, 2, "n"), Job(2, 0, "o")]))
