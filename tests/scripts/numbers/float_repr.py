for x in [0.1, 0.2 + 0.1, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e-7, 3.14159,
          2.0**0.5, 1/3, 2/3, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 100.0, 12345.678]:
    print(repr(x), str(x))
print(float("nan"), float("-inf"), float("inf"), float("  1.5  "), float("1e3"), float("-0"))
print(float("Infinity"), float("-iNF"), float("nan") != float("nan"))
print(float(10**20), float(True), float(-7))
for s in ['abc', '', '1.2.3']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()))
