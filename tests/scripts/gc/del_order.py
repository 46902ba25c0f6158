# __del__ runs when the last reference goes away (before the next statement's output), once
# per object, for objects in collected cycles, and for what is left at exit.
import gc


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def scope():
    c = C("local")
    print("in scope")


scope()
print("after scope")

x = C("rebound")
x = C("second")
print("after rebind")

del x
print("after del")

items = [C("item0"), C("item1")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")

d = {"k": C("dict value")}
d["k"] = None
print("after dict store")


class Child(C):
    pass


Child("subclass")
print("after temporary")

a, b = C("cycle a"), C("cycle b")
a.peer, b.peer = b, a
del a, b
print("cycle unreachable")
gc.collect()
print("after collect")


def make_closure():
    owner = C("closure owner")

    def use():
        return owner

    owner.fn = use
    return None


make_closure()
gc.collect()
print("after closure collect")


class Parent:
    def __init__(self):
        self.child = C("owned child")

    def __del__(self):
        print("del parent")


Parent()
print("after parent")

g1 = C("global 1")
_private = C("underscore global")
g2 = C("global 2")
selfref = C("global cycle")
selfref.me = selfref
print("end of script")
