def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
print(a.intersection({2, 4, 6}), a.intersection([4, 1]), a.intersection({2}, {2, 3}), a.intersection())
print(a & {3, 4, 5}, {3, 4, 5} & a)
b = set(a); b.intersection_update({1, 2, 9}); print(b)
b.intersection_update([2], (2, 3)); print(b)
c = {1, 2, 3}; c &= {2, 3, 4}; print(c)
t(lambda: a & [1])
t(a.intersection, 5)
print(set(range(50)) & set(range(0, 100, 9)), set(range(0, 100, 9)) & set(range(50)))
