# A __del__ that stores its object somewhere resurrects it; __del__ never runs twice for one
# object (PEP 442), and a resurrected cycle stays intact.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def __del__(self):
        self.calls += 1
        print("del", self.name, self.calls)
        saved.append(self)


p = Phoenix("plain")
del p
print("resurrected", len(saved), saved[0].name, saved[0].calls)
saved.clear()
print("freed without a second __del__")

a = Phoenix("cycle")
a.items = [a, {"again": a}]
del a
print("collected", gc.collect() >= 1)
r = saved.pop()
print("intact", r.items[0] is r, r.items[1]["again"] is r, r.calls)
del r
gc.collect()
print("collected again, no second __del__")


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


for i in range(1000):
    c = Counter()
    c.me = c
gc.collect()
print("cycles finalized", Counter.count)
