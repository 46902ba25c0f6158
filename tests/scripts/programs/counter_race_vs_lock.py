# Unsynchronized read-modify-write versus a Lock-protected counter; only safe results are printed exactly.
import threading
import time

N_THREADS = 8
N_INCR = 2000


class UnsafeCounter:
    def __init__(self):
        self.value = 0

    def increment(self):
        v = self.value
        if v % 97 == 0:
            time.sleep(0)  # invite a thread switch between read and write
        self.value = v + 1


class SafeCounter(UnsafeCounter):
    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            super().increment()


def hammer(counter):
    for _ in range(N_INCR):
        counter.increment()


def run(counter):
    threads = [threading.Thread(target=hammer, args=(counter,), name=f"t{i}") for i in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter.value


expected = N_THREADS * N_INCR
unsafe = run(UnsafeCounter())
safe = run(SafeCounter())
print("expected:", expected)
print("safe counter:", safe, "correct:", safe == expected)
print("unsafe counter never exceeds expected:", 0 < unsafe <= expected)

# Per-thread tallies merged at the end need no lock at all.
tallies = [0] * N_THREADS


def tally(idx):
    for _ in range(N_INCR):
        tallies[idx] += 1


threads = [threading.Thread(target=tally, args=(i,)) for i in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("per-thread tallies:", tallies, "sum:", sum(tallies))
