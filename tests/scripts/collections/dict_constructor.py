def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'a': 1}, b=2))
print(dict(zip('ab', range(2))), dict([['k', 'v']]), dict({1: 2}.items()))
t(dict, 1)
t(dict, [1])
t(dict, [(1,)])
t(dict, {}, {})
t(dict, ['abc'])
d = {'a': 1}; e = dict(d); e['b'] = 2; print(d, e)
print(dict(a=1, **{'b': 2}))
