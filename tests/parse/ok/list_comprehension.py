[x for x in xs]
[x * y for x in xs for y in ys]
[x for x in xs if x if x > 1]
[(x, y) for x in xs if x for y in ys if y]
