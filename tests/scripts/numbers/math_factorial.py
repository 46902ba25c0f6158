import math
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(21))
print(math.factorial(50))
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(True))
for v in [-1, 5.0, 'x', 2.5]:
    try:
        print(math.factorial(v))
    except (ValueError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
