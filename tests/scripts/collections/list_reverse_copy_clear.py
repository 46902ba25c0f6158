def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
c = l.copy(); c.append(4); print(l, c, c is l)
l.reverse(); print(l)
e = []; e.reverse(); print(e)
l.clear(); print(l, len(l))
t(l.copy, 1)
t(l.clear, 1)
t(l.reverse, 1)
n = [[1], [2]]; m = n.copy(); m[0].append(9); print(n)
