import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([0.1, 0.2, 0.3]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([2.0**53, 1.0, 1.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 30)), math.prod([2, 3], start=10))
print(math.prod([[1]], start=3) if False else 'skip', math.prod(['ab'], start=2))
for args in [([math.inf, -math.inf],), ([1e308, 1e308],), (['a'],)]:
    try:
        print(math.fsum(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.prod(3)
except TypeError as e:
    print(type(e).__name__, e)
