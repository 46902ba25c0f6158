class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(type(p).__name__, Point.__name__, p.__class__.__name__)
print(p.__class__ is Point)
print(sorted(p.__dict__.items()))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything)
print(Point.norm2(p))
m = p.norm2
print(m())
p.x = 0
print(m())
class WithClassList:
    shared = []
    def add(self, v):
        self.shared.append(v)
a, b = WithClassList(), WithClassList()
a.add(1); b.add(2)
print(WithClassList.shared)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
print(Point.__init__.__name__)
class Chain:
    def __init__(self):
        self.v = []
    def add(self, x):
        self.v.append(x)
        return self
print(Chain().add(1).add(2).v)
