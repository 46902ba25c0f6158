class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 2, 2 * a, a * b)
print(-a, +a, abs(b))
print(b / 2, b // 2, b % 2, a ** 2)
print(a == Vec(1, 2), a != b)
c = a
c += b
print(c, a)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.c + o)
        if isinstance(o, Money):
            return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self.__add__(o)
    def __iadd__(self, o):
        print("iadd")
        self.c += o.c if isinstance(o, Money) else o
        return self
    def __repr__(self):
        return "Money(%d)" % self.c
print(Money(1) + 2, 3 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
m = Money(5)
m0 = m
m += 1
print(m, m is m0)
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Money(1)
except TypeError as e:
    print(e)
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return "Bits(%s)" % bin(self.v)
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, ~x)
class RSub:
    def __rsub__(self, o):
        return "rsub(%r)" % o
    def __rtruediv__(self, o):
        return "rtruediv(%r)" % o
print(10 - RSub(), 1.5 / RSub())
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
    def __add__(self, o):
        return "Sub.__add__"
print(Vec(0, 0) + Sub(1, 1))
