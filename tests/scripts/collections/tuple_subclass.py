def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Point(tuple):
    def x(self):
        return self[0]
p = Point((3, 4))
print(p, p.x(), len(p), type(p).__name__, p == (3, 4), hash(p) == hash((3, 4)))
print(p + (5,), p.count(3), p.index(4))
a, b = p
print(a, b, list(p))
