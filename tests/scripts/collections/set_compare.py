def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2}
print(a.issubset({1, 2, 3}), a.issubset([1]), a.issubset(range(5)))
print(a.issuperset({1}), a.issuperset([1, 2, 3]), a.issuperset(()))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(set()), set().isdisjoint(set()))
print(a <= {1, 2}, a < {1, 2}, a < {1, 2, 3}, a >= {1}, a > {1, 2}, a == {2, 1}, a != {1})
print(a == frozenset({1, 2}), frozenset({1}) < a, a == [1, 2])
t(lambda: a < [1, 2])
t(a.issubset, 1)
t(a.issubset)
print(set() <= set(), {1} <= {1})
