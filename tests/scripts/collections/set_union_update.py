def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
print(a.union({3, 4}), a.union([5], (6,), range(7, 9)), a.union())
print(a | {17, 33}, {40, 8} | {16, 0})
a.update([4, 5]); print(a)
a.update({100}, [200]); print(a)
a |= {32}; print(a)
t(a.update, 1)
t(lambda: a | [1])
print(set.union({1}, {2}), frozenset({1}).union({2}))
b = {1}; b.update(b); print(b)
print(set(range(0, 60, 7)) | set(range(3, 30, 4)))
