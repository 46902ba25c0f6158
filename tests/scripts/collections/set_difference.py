def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4, 5}
print(a.difference({2, 3}), a.difference([1], (5,)), a.difference())
print(a - {1, 2}, {9, 1} - a)
b = set(a); b.difference_update({1}, [2]); print(b)
c = {1, 2, 3}; c -= {2}; print(c)
c -= c; print(c)
t(lambda: a - [1])
t(a.difference, 1)
big = set(range(40)); print(big - {1, 2, 3} == set(range(4, 40)) | {0})
d = set(range(30)); d.difference_update(range(0, 30, 2)); print(d)
d.add(100); print(d)
print(a.difference({1: 'x'}))
