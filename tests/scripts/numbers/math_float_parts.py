import math
for x in [3.5, -3.5, 0.0, -0.0, 1e300, math.inf, -math.inf, 5e-324]:
    print(x, math.modf(x), math.frexp(x))
print(math.isnan(math.modf(math.nan)[0]), math.frexp(8), math.frexp(0.1))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1076), math.ldexp(1.0, 1023), math.ldexp(-0.0, 10))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(math.inf, -1), math.fabs(-3), math.fabs(-0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2), math.fmod(3, math.inf))
print(math.remainder(5, 3), math.remainder(-5, 3), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-0.0, 1))
for f, args in [(math.ldexp, (1.0, 1024)), (math.ldexp, (1.0, 1.5)), (math.fmod, (1, 0)), (math.fmod, (math.inf, 2)), (math.remainder, (1, 0))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
