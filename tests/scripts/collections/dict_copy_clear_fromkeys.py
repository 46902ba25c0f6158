def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': [1], 'b': 2}
c = d.copy(); c['z'] = 0; c['a'].append(2); print(d, c, c is d)
d.clear(); print(d, len(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
print({}.fromkeys('xy', 1))
f = dict.fromkeys('ab', []); f['a'].append(1); print(f)
t(dict.fromkeys)
t(dict.fromkeys, 1)
class D(dict):
    pass
e = D.fromkeys('pq', 1); print(e, type(e).__name__)
t(d.copy, 1)
t(d.clear, 1)
