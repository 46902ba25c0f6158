f = lambda x: lambda y: x + y
sorted(xs, key=lambda p: (p[1], -p[0]))
