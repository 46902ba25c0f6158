def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list([1, 2]), list((1,)), list('ab'), list(range(3)))
print(list({'a': 1, 'b': 2}), list({3}), list(x for x in range(3)))
print(list(iter([5, 6])), list(b'ab'))
t(list, 5)
t(list, [1], [2])
t(list, x=1)
l = [1]; m = list(l); print(m is l, m == l)
d = {'k': 1, 'j': 2}
print(list(d.items()), list(d.values()))
