def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0), d.get('a', 0))
t(d.get)
t(d.get, 1, 2, 3)
t(d.get, [])
print(d.setdefault('b', 2), d.setdefault('b', 3), d.setdefault('c'), d)
t(d.setdefault)
t(d.setdefault, {})
g = {}
for w in 'abracadabra':
    g.setdefault(w, []).append(1)
print({k: len(v) for k, v in g.items()})
print({1: 'x'}.get(1.0), {1: 'x'}.get(True))
