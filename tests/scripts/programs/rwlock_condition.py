# A readers-writer lock built from threading.Condition, with writer preference and invariant checks.
import threading
import time
from contextlib import contextmanager


class RWLock:
    def __init__(self):
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0
        self.violations = 0

    @contextmanager
    def read(self):
        with self._cond:
            while self._writer or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextmanager
    def write(self):
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True
        try:
            if self._readers:
                self.violations += 1
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


rw = RWLock()
table = {"version": 0, "a": 0, "b": 0}
torn_reads = []


def reader(n):
    for _ in range(n):
        with rw.read():
            snap = dict(table)
            time.sleep(0.0005)
            if snap["a"] + snap["b"] != 0:
                torn_reads.append(snap)


def writer(n):
    for _ in range(n):
        with rw.write():
            table["a"] += 1
            time.sleep(0.0002)
            table["b"] -= 1
            table["version"] += 1


threads = [threading.Thread(target=reader, args=(30,), name=f"r{i}") for i in range(5)]
threads += [threading.Thread(target=writer, args=(20,), name=f"w{i}") for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final table:", table)
print("torn reads:", len(torn_reads))
print("writer overlapped readers:", rw.violations)
print("readers ever concurrent <= 5:", 1 <= rw.max_readers <= 5)
print("idle state:", rw._readers, rw._writer, rw._waiting_writers)
