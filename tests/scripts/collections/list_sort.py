def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]; l.sort(); print(l)
l.sort(reverse=True); print(l)
w = ['banana', 'Apple', 'cherry', 'apple']
w.sort(); print(w)
w.sort(key=lambda s: (s[0] in 'ABC', s)); print(w)
w.sort(key=len, reverse=True); print(w)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort(key=lambda p: p[0]); print(pairs)
print(l.sort())
t([1, 'a'].sort)
t(l.sort, 1)
t(l.sort, foo=1)
m = [2, 1]; m.sort(key=None); print(m)
f = [1.5, -2, 3, 0.0]; f.sort(); print(f)
