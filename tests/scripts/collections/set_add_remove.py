def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
s.add(3); s.add(2); print(s)
s.remove(1); print(s)
t(s.remove, 1)
s.discard(2); s.discard(99); print(s)
t(s.add, [])
t(s.remove, [])
t(s.discard, {})
t(s.add)
s.add((1, 2)); print((1, 2) in s, len(s))
f = {frozenset({1})}; print(f.__contains__({1}))
f.remove({1}); print(f)
t(s.remove, 'nope')
