import math
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf), math.sqrt(10**100))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
for f, args in [(math.sqrt, (-1,)), (math.pow, (0, -1)), (math.pow, (-2, 0.5)), (math.pow, (10, 400)), (math.sqrt, ('4',))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(args, type(e).__name__, e)
