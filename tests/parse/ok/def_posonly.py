def f(a, b, /, c, d=1, *, e):
    pass
def g(a=1, /, b=2):
    pass
def h(a, /):
    pass
