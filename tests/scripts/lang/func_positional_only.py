def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(x, y=5, /):
    return x + y
print(h(1), h(1, 2))
try:
    h(x=1)
except TypeError as e:
    print(e)
