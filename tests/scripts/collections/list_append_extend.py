def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = []
l.append(1); l.append([2]); print(l)
l.extend((3, 4)); l.extend(range(2)); l.extend("ab"); print(l)
l.extend(l); print(len(l))
list.append(l, 9); print(l[-1])
t(l.append)
t(l.append, 1, 2)
t(l.extend, 5)
t(l.extend)
l2 = [1]; l2.extend({7: 1, 8: 2}); print(l2)
l2.extend(x * x for x in range(3)); print(l2)
t(list.append, (1,), 2)
