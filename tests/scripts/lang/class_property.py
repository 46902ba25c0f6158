class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set", v)
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("delete")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError", e)
del c.radius
print(hasattr(c, "_r"))
print(type(Circle.radius).__name__)
class P:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx)
p = P()
p.x = 5
print(p.x)
class Sub(Circle):
    @property
    def area(self):
        return "sub " + str(super().area)
print(Sub(1).area)
