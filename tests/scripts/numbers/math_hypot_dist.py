import math
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(-5), math.hypot(1, 1), math.hypot(1, 2, 2))
print(math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(3e-310, 4e-310))
for i in range(1, 12):
    print(math.hypot(i * 0.1, i * 0.7, 1 / i))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1.5,), (-2.5,)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.hypot('a')
except TypeError as e:
    print(type(e).__name__, e)
