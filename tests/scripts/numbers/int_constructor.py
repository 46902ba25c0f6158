print(int(), int(3.9), int(-3.9), int('42'), int(' -17 '), int('1_000'), int(True))
print(int('ff', 16), int('0x1F', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int('10', 2))
print(int(1e20), int(-1e300) == -10**300 or int(-1e300) < 0)
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
print(int(A()), int(B()))
for v in ['abc', '1.5', '', '0x', '12 3']:
    try:
        int(v)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float('inf'), float('nan')]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 10)
except TypeError as e:
    print(type(e).__name__, e)
