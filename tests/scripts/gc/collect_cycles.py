# The gc module and collections of simple cycles. CPython counts objects differently from
# pyth (an instance's __dict__ is a separate object here), so counts are compared loosely.
import gc

print(gc.isenabled(), gc.get_threshold(), gc.garbage)
gc.collect()
print(gc.collect())  # nothing left to find

l = []
l.append(l)
del l
print("list cycle", gc.collect() >= 1)

d = {}
d["self"] = d
del d
print("dict cycle", gc.collect() >= 1)

l = list()
l.append(l)
d = dict()
d["list"] = l
s = set()
l.append(s)
del l, d, s
print("constructed containers", gc.collect() >= 2)


class Node:
    def __init__(self):
        self.other = None


a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print("instance pair", gc.collect() >= 2)


def outer():
    def rec(k):
        return 0 if k == 0 else rec(k - 1)
    return rec(3)


outer()
print("recursive closure", gc.collect() >= 2)

t = ([],)
t[0].append(t)
del t
print("tuple through list", gc.collect() >= 2)


class Holder:
    def method(self):
        return 1


h = Holder()
h.m = h.method
del h
print("bound method cycle", gc.collect() >= 1)


def selfref():
    me = yield
    yield me


g = selfref()
next(g)
g.send(g)  # the generator's frame now holds the generator
del g
gc.collect()

# Live objects in cycles survive collections untouched.
keep = Node()
keep.other = keep
keep.data = [1, 2, {"k": (3, [4])}]
for i in range(3):
    gc.collect()
print(keep.other is keep, keep.data)

# Disabled: no automatic collection, but gc.collect() still works.
gc.disable()
print(gc.isenabled())
for i in range(2000):
    x = []
    x.append(x)
print(gc.collect() >= 1999)
gc.enable()
print(gc.isenabled(), gc.get_count()[0] < 10)

gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.set_threshold(),
            lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.collect("a"),
            lambda: gc.enable(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=0) >= 0, gc.collect(1) >= 0)
