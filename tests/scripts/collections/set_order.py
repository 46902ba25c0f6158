def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print({5, 3, 9, 1, 12, 100, 64, 8})
print(set([100, 200, 300, 1, 2]))
print({-1, -2, 0, 1})
print({1.5, 2.5, 0.5}, {(1, 2), (0, 0)})
s = set()
for i in [33, 1, 65, 17, 9]: s.add(i)
print(s)
s.discard(1); s.add(97); print(s)
print(set(range(100, 0, -7)))
print({True, 1, 1.0, 0, False})
print({None, 0} == {0, None})
