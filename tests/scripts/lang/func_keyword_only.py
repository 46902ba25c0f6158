def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, b=2, c=4))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*, x, y):
    return x - y
print(g(y=1, x=5))
try:
    g()
except TypeError as e:
    print(e)
def h(a, *args, k):
    return a, args, k
print(h(1, 2, 3, k=4))
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
