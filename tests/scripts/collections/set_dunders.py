def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
print(s.__len__(), s.__contains__(2), s.__contains__(9))
print(s.__or__({4}), s.__and__({1}), s.__sub__({1}), s.__xor__({1, 9}))
print(s.__or__([4]), s.__eq__([1]), s.__le__({1, 2, 3}), s.__lt__({1}))
print(s.__ror__({8}), s.__rsub__({1, 7}))
r = s.__ior__({4}); print(r is s, s)
r = s.__iand__({1, 2, 4}); print(r is s, s)
r = s.__isub__({1}); print(s)
r = s.__ixor__({2, 5}); print(s)
print(s.__repr__(), list(s.__iter__()))
t(hash, s)
t(s.__contains__, [])
print(s.__contains__({1}))
