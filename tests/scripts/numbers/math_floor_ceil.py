import math
for x in [1.5, -1.5, 2.0, -0.5, 0.0, 1e20, -1e20, 1e300, 7, -7, True, 2**100]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e300) == int(1e300), math.ceil(-1e308) == int(-1e308))
class X:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(X()), math.ceil(X()), math.trunc(X()))
class Y:
    def __float__(self):
        return 2.5
print(math.floor(Y()), math.ceil(Y()))
for f in [math.floor, math.ceil, math.trunc]:
    for v in [math.inf, -math.inf, math.nan, 'a']:
        try:
            print(f(v))
        except (OverflowError, ValueError, TypeError) as e:
            print(f.__name__, v, type(e).__name__, e)
