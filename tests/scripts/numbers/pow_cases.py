print(2**10, 2**-1, (-2)**3, (-2)**-2, 0**0, 2.0**3, 4**0.5)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7), pow(2.5, 2))
print(0.0**0, 1**1000000, (-1)**1000001, 10**-3)
for args in [(0, -1), (0.0, -1), (2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(10.0 ** -400, (-2.0) ** 0.5 if False else 'skip')
