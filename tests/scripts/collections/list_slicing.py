def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = list(range(10))
print(l[2:5], l[::2], l[::-1], l[-3:], l[:100], l[100:])
l[2:4] = ['a', 'b', 'c']; print(l)
l[::3] = [0, 0, 0, 0]; print(l)
t(l.__setitem__, slice(None, None, 3), [1])
del l[::2]; print(l)
del l[1:3]; print(l)
l[:] = []; print(l)
t(lambda: l[0])
l = [1, 2, 3]
t(l.__getitem__, 'a')
l[-1] = 9; print(l)
