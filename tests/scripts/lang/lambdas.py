sq = lambda x: x * x
print(sq(7))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, b=10: a + b)(1))
print(sq.__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print(cond(1), cond(0), cond(-1))
curry = lambda a: lambda b: lambda c: a * b * c
print(curry(2)(3)(4))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
