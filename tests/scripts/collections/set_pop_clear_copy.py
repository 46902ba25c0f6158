def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
print(s.pop(), s.pop(), s)
s.clear(); print(s)
t(s.pop)
c = {5, 6}; d = c.copy(); d.add(7); print(c, d, d is c)
f = frozenset({1, 2}); print(f.copy() is f)
s = set(range(20)); out = []
while s: out.append(s.pop())
print(out)
t(c.clear, 1)
