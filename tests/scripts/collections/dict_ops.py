def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b; print(a)
a |= [('w', 0)]; print(a)
t(lambda: a | [1])
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {})
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
t(lambda: {} < {})
print(1 in {1: 0}, 0 in {1: 0}, len({1: 1, 2: 2}))
d = {}
d[1] = 'int'; d[1.0] = 'float'; d[True] = 'bool'
print(d)
d[(1, 2)] = 't'; print(d[(1, 2)])
t(d.__setitem__, [1], 2)
t(lambda: d[[1]])
t(lambda: d['missing'])
del d[1]; print(d)
