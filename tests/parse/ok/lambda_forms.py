f = lambda: 0
g = lambda x: x
h = lambda x, y=1: x + y
k = lambda *a, **kw: (a, kw)
