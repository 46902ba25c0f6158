class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"A.__eq__({self.v}, {getattr(other, 'v', other)})")
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented

class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("B.__gt__")
        return True
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

print(A(1) == A(1))
print(A(1) == 5)
print(A(1) != A(2))
print(A(1) < B(2))
print(A(1) == B(1))
x = A(3)
print(x in [x])
print(A(3) in [A(3)])
print(x in [A(4), A(9)])
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n == n, n in [n], [n] == [n], n in {n: 1} if False else "skip")
try:
    A(1) < A(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1) <= 3
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented.__class__.__name__)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2)
