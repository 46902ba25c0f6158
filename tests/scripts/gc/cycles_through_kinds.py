# Cycles that go through iterators, bound methods of built-in methods, properties, static and
# class methods, generators suspended in a loop, and exceptions raised by native code are
# collected. Each cycle holds a Noisy object whose __del__ shows that the cycle was freed.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def check(label):
    gc.collect()
    print("after", label)


gc.collect()

l = [Noisy("iterator")]
it = iter(l)
l.append(it)
del l, it
check("iterator")

l = [Noisy("map/zip")]
l.append(zip(map(str, l), enumerate(l)))
del l
check("nested iterators")

l = [Noisy("builtin bound method")]
l.append(l.append)
del l
check("builtin bound method")


def walk(items):
    for x in items:
        yield x


l = [Noisy("generator in a for loop")]
g = walk(l)
l.append(g)
next(g)
del l, g
check("generator in a for loop")


def make_class(kind):
    class Base:
        pass

    class C(Base):
        keep = Noisy(kind)

        @property
        def prop(self):
            return super()

        @staticmethod
        def static():
            return C

        @classmethod
        def klass(cls):
            return super()

    return C


C = make_class("class with property and methods")
print(C().prop is not None, C.static() is C, C.klass() is not None)
del C
check("class with property and methods")

try:
    1 / 0
except ZeroDivisionError as e:
    e.noisy = Noisy("native exception")
    e.me = e
check("native exception")


class Handler:
    def __init__(self):
        self.noisy = Noisy("stored exception")

    def run(self):
        try:
            [][1]
        except IndexError as e:
            self.error = e
            e.handler = self


h = Handler()
h.run()
del h
check("stored exception")

# A bound method shared with another holder is still collected when both are in the cycle.
class Pair:
    def m(self):
        return 1


p = Pair()
p.noisy = Noisy("bound method")
p.a = p.b = p.m
del p
check("bound method")
print("end")
