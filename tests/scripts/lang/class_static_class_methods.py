class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
print(C.add(1, 2), C().add(3, 4))
print(len(C.create(3)), C.count)
print(C.name(), C().name())
class D(C):
    pass
print(D.name())
print(type(D.create(1)[0]).__name__)
class Temp:
    def __init__(self, c):
        self.c = c
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c > -273.15
print(Temp.from_f(212).c, Temp.valid(-300))
f = C.add
print(f(10, 20))
