(x for x in xs)
(x for x in xs if x for y in x)
g = (i for i in range(3))
