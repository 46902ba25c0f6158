import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(), math.gcd(7))
print(math.gcd(2**100, 2**60 * 3), math.gcd(12, 18, 30), math.gcd(True, 4))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4, 5))
print(math.lcm(2**64, 3**40))
for f in [math.gcd, math.lcm]:
    try:
        f(1.5, 2)
    except TypeError as e:
        print(type(e).__name__, e)
