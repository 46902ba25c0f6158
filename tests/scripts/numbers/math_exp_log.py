import math
print(math.exp(0), math.exp(1), math.exp(-1000), math.exp(math.inf), math.exp(-math.inf))
print(math.log(math.e), math.log(1), math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10**500))
print(math.log2(8), math.log2(2**2000), math.log10(1000), math.log10(10**400), math.log2(0.5))
print(math.log1p(1e-20), math.expm1(1e-10), math.log1p(0), math.expm1(0), math.log(math.inf))
for f, args in [(math.exp, (1000,)), (math.log, (0,)), (math.log, (-1,)), (math.log, (1, 1)), (math.log10, (-5,)),
                (math.log2, (0,)), (math.log1p, (-1,)), (math.expm1, (1000,)), (math.log, (10**400 * -1,)), (math.log, ('x',))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
