import math

def area_triangle(a, b, c):
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))

print(area_triangle(3, 4, 5))
print(round(area_triangle(7, 8, 9), 10))
print(math.degrees(math.atan2(1, 1)))
print(round(math.radians(180), 12))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.gcd(84, 36), math.lcm(4, 6))
print(math.factorial(20))
print(math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(10**20 + 1))
print(math.dist((0, 0), (3, 4)))
print(math.copysign(2, -0.0), math.fabs(-3))
print(math.inf > 10**300, math.isnan(math.nan), math.isinf(-math.inf))
print(math.log(1024, 2), math.log10(1000), math.log2(8))
print(round(math.e, 10), round(math.tau / 2, 10) == round(math.pi, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
for bad in [(-1,), ("a",)]:
    try:
        print(math.sqrt(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    math.log(0)
except Exception as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except Exception as e:
    print(type(e).__name__, e)
