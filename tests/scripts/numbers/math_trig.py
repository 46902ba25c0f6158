import math
for x in [0, 0.5, 1, -1, math.pi / 6, math.pi]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [0, 0.5, 1, -1]:
    print(x, math.asin(x), math.acos(x), math.sinh(x), math.cosh(x), math.tanh(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.tanh(1000), math.atan(math.inf))
for f, x in [(math.sin, math.inf), (math.cos, -math.inf), (math.asin, 2), (math.acos, -1.5), (math.cosh, 1000), (math.sinh, -1000)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
