def f(a, *args, b=1, c, **kw):
    pass
