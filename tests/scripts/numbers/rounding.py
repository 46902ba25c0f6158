for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1]:
    print(x, round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (1234.5678, 1), (-0.5, 0), (1.5, 0), (5e-324, 400), (1e300, -300)]:
    print(x, n, round(x, n))
for x, n in [(1234, -2), (1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (7, 2), (2**100, -30)]:
    print(x, n, round(x, n))
print(round(5), round(5, None), round(True), round(2.5, None))
for v in [float('inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 1))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
