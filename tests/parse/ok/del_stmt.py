del x
del a, b
del a.b, c[0], d[1:2]
del (x, y), [z]
