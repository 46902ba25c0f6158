[[y for y in x] for x in xs]
[x for x in [y for y in ys]]
