class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __sub__(self, o):
        print("sub")
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return self
    def __itruediv__(self, o):
        self.v /= o
        return self
    def __ifloordiv__(self, o):
        self.v //= o
        return self
    def __imod__(self, o):
        self.v %= o
        return self
    def __ipow__(self, o):
        self.v **= o
        return self
    def __ilshift__(self, o):
        self.v <<= o
        return self
    def __ior__(self, o):
        self.v |= o
        return self
    def __iand__(self, o):
        self.v &= o
        return self
    def __ixor__(self, o):
        self.v ^= o
        return self

a = Acc(1)
alias = a
a += 2
print(a, a is alias)
a -= 1
print(a, a is alias)
b = Acc(3)
keep = b
b *= 4; print(b)
b //= 5; print(b)
b **= 3; print(b)
b %= 5; print(b)
b <<= 3; print(b)
b |= 1; print(b)
b &= 12; print(b)
b ^= 5; print(b)
b /= 2; print(b, b is keep)
lst = [1]
l2 = lst
lst += [2]
print(lst, l2 is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
class NoIadd:
    def __init__(self):
        self.n = 0
    def __add__(self, o):
        r = NoIadd(); r.n = self.n + o; return r
n = NoIadd(); m = n
n += 5
print(n.n, m.n, n is m)
class Bad:
    def __iadd__(self, o):
        return NotImplemented
try:
    x = Bad()
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
