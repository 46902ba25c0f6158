def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
print(d.__len__(), d.__contains__('a'), d.__contains__('b'), d.__getitem__('a'))
d.__setitem__('b', 2); print(d)
d.__delitem__('a'); print(d)
t(d.__delitem__, 'zz')
t(d.__getitem__, 'zz')
t(d.__getitem__, [])
print(list(d.__iter__()), list(d.__reversed__()))
print(d.__eq__({'b': 2}), d.__eq__([1]), d.__ne__({}))
print(d.__or__({'c': 3}), d.__or__(1), d.__ror__({'z': 0}))
r = d.__ior__({'q': 9}); print(r is d, d)
print(d.__repr__())
t(hash, d)
