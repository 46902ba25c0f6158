def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'x': 1, 'y': 2, 'z': 3}
for k in d.keys(): print(k, end=' ')
print()
for v in d.values(): print(v, end=' ')
print()
for k, v in d.items(): print(k, v, end='; ')
print()
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(sorted(d.values(), reverse=True), sum(d.values()), max(d.keys()))
print(dict(d.items()), dict(zip(d.values(), d.keys())))
it = iter(d.keys())
print(next(it))
d['w'] = 4
t(next, it)
it = iter(d.values()); d['x'] = 100; print(list(it))
print(len(d.items()), 'w' in d.keys())
a, b, c, e = d.values(); print(a, b, c, e)
