import math
class F:
    def __float__(self):
        return 4.0
class I:
    def __index__(self):
        return 9
print(math.sqrt(F()), math.sqrt(I()), math.factorial(I()), math.gcd(I(), 6), math.isqrt(I()))
for f in [math.sqrt, math.exp, math.sin, math.fabs, math.isnan, math.log]:
    for v in ['1', None, [1]]:
        try:
            f(v)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    math.sqrt()
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
