class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:#06b})"
    def __and__(self, o):
        return Bits(self.v & int(o))
    def __or__(self, o):
        return Bits(self.v | int(o))
    def __xor__(self, o):
        return Bits(self.v ^ int(o))
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __invert__(self):
        return Bits(~self.v & 0xF)
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__
    def __rlshift__(self, n):
        return n << self.v
    def __rrshift__(self, n):
        return n >> self.v
    def __int__(self):
        return self.v

x = Bits(0b1100)
y = Bits(0b1010)
print(x & y, x | y, x ^ y)
print(x & 0b0100, 0b0011 | x, 0b1111 ^ x)
print(x << 1, x >> 2, ~x)
print(1 << Bits(3), 64 >> Bits(2))
try:
    x & "s"
except Exception as e:
    print(type(e).__name__, e)
try:
    Bits(1) < Bits(2)
except Exception as e:
    print(type(e).__name__, e)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, -8 >> 1, 1 << 70)
print(True & False, True | False, True ^ True, type(True & True).__name__)
