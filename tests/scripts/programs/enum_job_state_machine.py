# Jobs move through an Enum-based state machine inside worker threads; illegal transitions are rejected.
import enum
import threading
import queue
from dataclasses import dataclass, field


class State(enum.Enum):
    PENDING = enum.auto()
    RUNNING = enum.auto()
    RETRYING = enum.auto()
    DONE = enum.auto()
    FAILED = enum.auto()


ALLOWED = {
    State.PENDING: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED, State.RETRYING},
    State.RETRYING: {State.RUNNING},
    State.DONE: set(),
    State.FAILED: set(),
}


class IllegalTransition(Exception):
    pass


@dataclass
class Job:
    jid: int
    work: int
    state: State = State.PENDING
    trail: list = field(default_factory=list)
    attempts: int = 0

    def move(self, new: State) -> None:
        if new not in ALLOWED[self.state]:
            raise IllegalTransition(f"job {self.jid}: {self.state.name} -> {new.name}")
        self.trail.append(self.state.name[:3])
        self.state = new


jobs = [Job(i, w) for i, w in enumerate([3, 8, 0, 5, 12, 7, 1])]
q = queue.Queue()
for j in jobs:
    q.put(j)


def run():
    while True:
        try:
            job = q.get_nowait()
        except queue.Empty:
            return
        while True:
            job.move(State.RUNNING)
            job.attempts += 1
            if job.work == 0:
                job.move(State.FAILED)
                break
            if job.work % 4 == 0 and job.attempts < 3:
                job.move(State.RETRYING)
                continue
            job.move(State.DONE)
            break


workers = [threading.Thread(target=run, name=f"sm-{i}") for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()

for j in jobs:
    print(f"job {j.jid}: {j.state.name:<6} attempts={j.attempts} path={'>'.join(j.trail + [j.state.name[:3]])}")
tally = {s.name: sum(j.state is s for j in jobs) for s in State}
print("tally:", tally)
try:
    jobs[0].move(State.PENDING)
except IllegalTransition as e:
    print("rejected:", e)
print("State(3):", State(3), "| by name:", State["DONE"].value, "| members:", len(State))
