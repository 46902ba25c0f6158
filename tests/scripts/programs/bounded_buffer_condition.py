# A bounded buffer built from threading.Condition and collections.deque, with several producers/consumers.
import threading
from collections import deque


class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.cond = threading.Condition()
        self.max_seen = 0
        self.full_waits = 0

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.full_waits += 1
                self.cond.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.popleft()
            self.cond.notify_all()
            return item


buf = BoundedBuffer(4)
consumed = []
consumed_lock = threading.Lock()


def produce(pid, count):
    for i in range(count):
        buf.put((pid, i))


def consume():
    got = []
    while True:
        item = buf.get()
        if item is None:
            break
        got.append(item)
    with consumed_lock:
        consumed.extend(got)


producers = [threading.Thread(target=produce, args=(p, 25), name=f"prod-{p}") for p in range(3)]
consumers = [threading.Thread(target=consume, name=f"cons-{c}") for c in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    buf.put(None)
for t in consumers:
    t.join()

print("consumed:", len(consumed))
print("unique:", len(set(consumed)))
print("capacity respected:", buf.max_seen <= buf.capacity)
for p in range(3):
    seq = [i for (pid, i) in consumed if pid == p]
    print(f"producer {p}: {len(seq)} items, sum {sum(seq)}")
print("buffer empty at end:", len(buf.items) == 0)
