f = lambda a, /, b, *, c=1, d: 0
g = lambda *, a: a
h = lambda a=1, /, *r, **k: r
