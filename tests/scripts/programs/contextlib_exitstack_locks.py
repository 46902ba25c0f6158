# contextlib tools with threads: ExitStack acquires a dynamic set of locks in order, plus suppress/contextmanager.
import contextlib
import queue
import threading
from collections import defaultdict

resources = {name: threading.Lock() for name in ("cpu", "disk", "gpu", "net")}
usage = defaultdict(int)
usage_lock = threading.Lock()
held_counts = []


@contextlib.contextmanager
def holding(names):
    with contextlib.ExitStack() as stack:
        for name in sorted(names):       # global order prevents deadlock
            stack.enter_context(resources[name])
        yield sorted(names)


@contextlib.contextmanager
def accounted(label):
    try:
        yield
    finally:
        with usage_lock:
            usage[label] += 1


def job(needs, rounds):
    for _ in range(rounds):
        with accounted("+".join(sorted(needs))), holding(needs) as got:
            held_counts.append(sum(resources[n].locked() for n in got) == len(got))


plans = [{"cpu", "disk"}, {"disk", "cpu"}, {"gpu", "cpu", "net"}, {"net"}, {"disk", "gpu"}]
threads = [threading.Thread(target=job, args=(p, 25), name=f"job-{i}") for i, p in enumerate(plans)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for label in sorted(usage):
    print(f"{label:<13}{usage[label]}")
print("every hold saw its locks taken:", all(held_counts), len(held_counts))
print("all free:", not any(l.locked() for l in resources.values()))

q = queue.Queue()
for i in range(3):
    q.put(i)
drained = []
with contextlib.suppress(queue.Empty):
    while True:
        drained.append(q.get_nowait())
print("drained:", drained)

with contextlib.ExitStack() as stack:
    stack.callback(print, "callback 1 (runs last)")
    stack.callback(print, "callback 2 (runs first)")
    print("inside stack")

maybe_lock = None
with (maybe_lock or contextlib.nullcontext("no lock")) as value:
    print("nullcontext gave:", value)
try:
    with holding(["cpu"]):
        raise KeyError("inside")
except KeyError as e:
    print("exception passed through, cpu free:", not resources["cpu"].locked(), e)
