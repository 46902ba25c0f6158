# An instance, class, function or module is counted together with its __dict__: cycles through
# the dict are collected, and a dict still reachable from outside keeps its owner alive.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.collect()

# The dict is held from outside: the owner is reachable through it and must survive.
a = Noisy("exposed")
a.me = a
d = a.__dict__
del a
print("collected with an outside dict:", gc.collect())
print("still there:", d["me"].name, d["me"].me is d["me"])
del d
print("after dropping the dict:", gc.collect() >= 1)

# A cycle that goes through the dict object itself.
b = Noisy("through dict")
b.d = b.__dict__
del b
print("dict cycle:", gc.collect() >= 1)

class Holder0:
    pass


# The dict of one instance referenced from another instance of the same cycle.
x, y = Holder0(), Holder0()
x.peer_attrs = y.__dict__
y.peer = x
del x, y
print("cross dicts:", gc.collect() >= 2)


# A function whose attribute refers back to it.
def f():
    pass


f.me = f
del f
print("function cycle:", gc.collect() >= 1)


# A class whose attribute refers to an instance that refers to the class.
class Holder:
    pass


Holder.inst = Holder()
Holder.inst.cls = Holder
del Holder
print("class cycle:", gc.collect() >= 1)

# Many instances in one chain with a cycle at the end; one is still referenced from outside
# through its dict only.
keep = None
head = Noisy("head")
node = head
for i in range(1000):
    nxt = Holder0()
    node.next = nxt
    node = nxt
node.next = head
keep = head.__dict__
del head, node, nxt
print("chain kept:", gc.collect())
del keep
print("chain freed:", gc.collect() > 1000)

# Exposed, then surviving collections with its owner; the owner goes first, the dict later.
c = Holder0()
cd = vars(c)
gc.collect()
cd["self"] = cd
gc.collect()
del c
gc.collect()
del cd
print("dict outliving its owner:", gc.collect() >= 1)
print("end")
