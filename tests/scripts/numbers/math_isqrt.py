import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 - 1, 2**200, 2**201 + 12345, True]:
    print(n, math.isqrt(n))
r = math.isqrt(10**100 + 1)
print(r, r * r <= 10**100 + 1 < (r + 1) ** 2)
for v in [-1, 4.0, '9']:
    try:
        print(math.isqrt(v))
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
