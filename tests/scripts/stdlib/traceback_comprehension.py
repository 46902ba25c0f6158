# Errors inside a comprehension's inner loop point at the comprehension's line (not line 1).
import traceback

HERE = __file__.rsplit('/', 1)[0] + '/'
parts = [[1], None]
try:
    rows = [r for part in parts for r in part]
except TypeError:
    print(traceback.format_exc().replace(HERE, ''), end='')
try:
    total = {k: v for k, v in [(1, 2), (3,)]}
except ValueError:
    print(traceback.format_exc().replace(HERE, ''), end='')
gen = (x * 2 for part in parts for x in part)
try:
    list(gen)
except TypeError:
    print(traceback.format_exc().replace(HERE, ''), end='')
