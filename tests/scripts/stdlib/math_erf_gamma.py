# math.erf/erfc (as the C library computes them) and gamma/lgamma's errors.
import math

for x in [0.5, 1, 2.5, -0.5, 3, 10, 1e-300, -2.5]:
    print(x, math.erf(x), math.erfc(x))
print(math.gamma(3), math.gamma(10), math.gamma(0.5) == math.sqrt(math.pi))
print(round(math.lgamma(10), 9), round(math.gamma(4.5), 9))
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, 172), (math.lgamma, 0),
             (math.lgamma, -3), (math.gamma, float('-inf'))]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.gamma(float('inf')), math.lgamma(float('-inf')), math.erf(float('inf')),
      math.erfc(-float('inf')))
