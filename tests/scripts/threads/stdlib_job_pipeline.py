"""A typed job pipeline: dataclass jobs ordered by priority in a PriorityQueue, an Enum for
their state, workers that record results under a lock, and a report sorted with operator."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from enum import Enum, auto
from operator import attrgetter
from typing import Optional


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: list[int] = field(default_factory=list, compare=False)
    state: State = field(default=State.PENDING, compare=False)
    result: Optional[int] = field(default=None, compare=False)


jobs: queue.PriorityQueue[Job] = queue.PriorityQueue()
for i, name in enumerate(["resize", "encode", "upload", "index", "notify", "bad"]):
    payload = list(range(i + 2)) if name != "bad" else []
    jobs.put(Job(priority=(i * 7) % 5, name=name, payload=payload))

finished: list[Job] = []
lock = threading.Lock()


def worker() -> None:
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        job.state = State.RUNNING
        try:
            job.result = sum(job.payload) // len(job.payload)
            job.state = State.DONE
        except ZeroDivisionError:
            job.state = State.FAILED
        with lock:
            finished.append(job)
        jobs.task_done()


threads = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for job in sorted(finished, key=attrgetter("name")):
    print(f"{job.name:<8} p={job.priority} {job.state} result={job.result}")
print(sorted(finished)[0].name, [s.name for s in State], len(finished))
print({s: sum(1 for j in finished if j.state is s) for s in State})
