def f(a, b=2, c=3):
    return (a, b, c)
print(f(1))
print(f(1, 20))
print(f(1, c=30))
print(f(a=1, b=2, c=3))
print(f(c=3, a=1))
print(f.__defaults__)
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
def h(*, key=lambda x: x):
    return key(3)
print(h(), h(key=lambda x: -x))
def none_default(x=None):
    return x
print(none_default())
