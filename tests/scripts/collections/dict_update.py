def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
d.update({'b': 2}); print(d)
d.update([('c', 3), ('a', 0)]); print(d)
d.update(e=5, f=6); print(d)
d.update({'g': 7}, h=8); print(d)
d.update(); print(d)
t(d.update, 1)
t(d.update, [1])
t(d.update, [(1, 2, 3)])
t(d.update, {}, {})
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k * 2
d.update(M()); print(d)
d.update(d.items()); print(len(d))
t(d.update, ['ab', 'cd'])
print(d)
