[a if a else b for a in c]
[x for x in (lambda: y)()]
