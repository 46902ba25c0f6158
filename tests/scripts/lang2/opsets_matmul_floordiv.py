class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"V{tuple(self.xs)}"
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.xs, o.xs))
    def __floordiv__(self, n):
        return V(*[x // n for x in self.xs])
    def __rfloordiv__(self, n):
        return V(*[n // x for x in self.xs])
    def __mod__(self, n):
        return V(*[x % n for x in self.xs])
    def __rmod__(self, n):
        return "rmod " + str(n)
    def __pow__(self, n, mod=None):
        if mod is None:
            return V(*[x ** n for x in self.xs])
        return V(*[pow(x, n, mod) for x in self.xs])
    def __rpow__(self, base):
        return V(*[base ** x for x in self.xs])
    def __neg__(self):
        return V(*[-x for x in self.xs])
    def __pos__(self):
        return V(*self.xs)
    def __abs__(self):
        return V(*[abs(x) for x in self.xs])

a = V(1, 2, 3)
b = V(4, 5, 6)
print(a @ b)
print(b // 2, 100 // a)
print(b % 4, 7 % a)
print(a ** 2, 2 ** a, pow(b, 2, 7))
print(-a, +a, abs(V(-1, 2, -3)))
try:
    a @ 5
except Exception as e:
    print(type(e).__name__, e)
try:
    5 @ a
except Exception as e:
    print(type(e).__name__, e)
a @= b
print(a)
