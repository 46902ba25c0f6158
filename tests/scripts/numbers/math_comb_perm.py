import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.comb(1000, 3), math.perm(30, 15))
for f, args in [(math.comb, (-1, 2)), (math.comb, (5, -1)), (math.perm, (-3,)), (math.perm, (3, -1)), (math.comb, (5.0, 2)), (math.perm, (5, 'a'))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
