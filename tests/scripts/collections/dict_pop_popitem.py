def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d)
print(d.pop('zz', None), d.pop('zz', 5))
t(d.pop, 'zz')
t(d.pop)
t(d.pop, 1, 2, 3)
print(d.popitem(), d)
print(d.popitem(), d)
t(d.popitem)
d['x'] = 1; d['y'] = 2; del d['x']; d['x'] = 3
print(d.popitem(), d.popitem())
t(d.pop, [1])
t(d.pop, (1,))
