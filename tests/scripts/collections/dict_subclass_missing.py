def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list)
dd['a'].append(1); dd['a'].append(2); dd['b'].append(3)
print(dd, len(dd), 'a' in dd, 'zz' in dd, dd.get('zz'))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c, c['q'], sorted(c.items()))
class Plain(dict):
    pass
p = Plain(a=1)
t(lambda: p['z'])
print(p, type(p).__name__, p.keys(), isinstance(p, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k * 2, v)
u = Upper(); u['x'] = 1; print(u, u.get('X'))
print(dict(c) == c, c == {'h': 1, 'e': 1, 'l': 2, 'o': 1})
c2 = c.copy(); print(type(c2).__name__)
t(hash, c)
