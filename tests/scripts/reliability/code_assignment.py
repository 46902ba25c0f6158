# f.__code__ = other code: the function runs the new code (issue 12 one-liners).
def f(): pass
f.__code__ = (lambda: 5).__code__
print(f())
def a(x, y=2): return x + y
def b(x, y=10): return x * y
a.__code__ = b.__code__
print(a(3), a(3, 4), a.__name__)
def gen(): yield 7
def plain(): return 1
plain.__code__ = gen.__code__
print(list(plain()))
def mk():
    v = 1
    def inner(): return v
    return inner
i = mk()
try:
    plain.__code__ = i.__code__
except ValueError as e:
    print("ValueError", e)
try:
    plain.__code__ = 5
except TypeError as e:
    print("TypeError", e)
