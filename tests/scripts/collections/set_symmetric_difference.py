def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
print(a.symmetric_difference({3, 4}), a ^ {1, 5}, {5, 1} ^ a)
print(a.symmetric_difference([2, 2, 6]))
b = set(a); b.symmetric_difference_update({3, 4, 40}); print(b)
b ^= {1, 100}; print(b)
b ^= b; print(b)
t(lambda: a ^ [1])
t(a.symmetric_difference)
t(a.symmetric_difference, 1)
print(set(range(10)) ^ set(range(5, 25)))
c = {1, 2}; c.symmetric_difference_update({2: 'x', 3: 'y'}); print(c)
