class Counter(int):
    def __add__(self, other):
        r = super().__add__(other)
        return Counter(r) if r is not NotImplemented else r
    def __repr__(self):
        return f"Counter({int(self)})"
c = Counter(5)
print(c + 3, type(c + 3).__name__)
print(3 + c, type(3 + c).__name__)
print(c * 2, c - 1, -c, abs(Counter(-4)), c // 2, c % 3, c ** 2)
print(int(c), float(c), hash(c) == hash(5), bool(Counter(0)))
print(round(c), c.bit_length(), c.to_bytes(2, 'big'))
print(f"{c:04d}", format(c, 'x'))
class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 7)
    def __mul__(self, other):
        return Mod7(int.__mul__(self, other))
m = Mod7(12)
print(int(m), int(m * 4), isinstance(m, int))
print(c + 1.5)
print(Counter(2).__add__(3.5))
