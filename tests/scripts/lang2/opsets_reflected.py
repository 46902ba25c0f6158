class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Money({self.c})"
    def _v(self, o):
        if isinstance(o, Money):
            return o.c
        if isinstance(o, int):
            return o
        return None
    def __add__(self, o):
        v = self._v(o)
        return NotImplemented if v is None else Money(self.c + v)
    def __radd__(self, o):
        print("radd")
        return self.__add__(o)
    def __sub__(self, o):
        v = self._v(o)
        return NotImplemented if v is None else Money(self.c - v)
    def __rsub__(self, o):
        v = self._v(o)
        return NotImplemented if v is None else Money(v - self.c)
    def __mul__(self, k):
        return Money(self.c * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Money(self.c // k)
    def __rtruediv__(self, k):
        return k / self.c

m = Money(10)
print(m + 5, 5 + m, m + m)
print(m - 3, 3 - m)
print(m * 3, 3 * m)
print(m / 3, 30 / m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" - m
except TypeError as e:
    print(type(e).__name__, e)
try:
    m * 1.5
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
print(Base() + Sub())
print(Sub() + Base())
print(1 + Sub())
