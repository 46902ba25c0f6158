# RLock lets a method that holds the lock call other locked methods; a plain Lock would block itself.
import threading


class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._stock = {}

    def add(self, item, qty=1):
        with self._lock:
            self._stock[item] = self._stock.get(item, 0) + qty

    def remove(self, item, qty=1):
        with self._lock:
            if self._stock.get(item, 0) < qty:
                raise KeyError(item)
            self._stock[item] -= qty

    def move_bulk(self, pairs):
        # Holds the lock across several re-entrant calls so the batch is atomic.
        with self._lock:
            for item, qty in pairs:
                self.add(item, qty)

    def swap(self, give, take):
        with self._lock:
            self.remove(give)
            self.add(take)

    def snapshot(self):
        with self._lock:
            return dict(sorted(self._stock.items()))


inv = Inventory()
inv.move_bulk([("apple", 50), ("pear", 50), ("plum", 0)])


def shopper(k):
    for i in range(20):
        if (i + k) % 2 == 0:
            inv.swap("apple", "plum")
        else:
            inv.swap("pear", "plum")
    inv.move_bulk([("apple", 2), ("pear", 2)])


threads = [threading.Thread(target=shopper, args=(k,), name=f"shopper-{k}") for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("stock:", inv.snapshot())
print("total units:", sum(inv.snapshot().values()))

r = threading.RLock()
r.acquire()
r.acquire()
print("rlock nested acquire ok")
r.release()
r.release()

plain = threading.Lock()
plain.acquire()
print("plain lock second acquire:", plain.acquire(timeout=0.02))
plain.release()

try:
    inv.remove("kiwi")
except KeyError as e:
    print("missing item:", e)
