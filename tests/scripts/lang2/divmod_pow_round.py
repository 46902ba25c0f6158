for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (0, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(3, 4), pow(3, 4, 5), pow(2, -1), pow(-2, 3))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(0, 0), 0.0 ** 0, pow(-8, 2).__class__.__name__, pow(4, 0.5))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(5.5, 0))
print(round(-0.4), round(1e20), round(7.0, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(abs(-3), abs(-3.5), abs(True))
