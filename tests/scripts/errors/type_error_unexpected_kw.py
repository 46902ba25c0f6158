def f(a):
    return a
f(1, b=2)
