# sys.get_int_max_str_digits / sys.set_int_max_str_digits govern every int<->str conversion.
import sys

print(sys.get_int_max_str_digits())
for bad in (5, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, "ValueError", e)
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
for name, fn in [
    ("str", lambda: str(10**1000)),
    ("repr ok", lambda: len(repr(10**999))),
    ("int()", lambda: int("1" * 1001)),
    ("int() ok", lambda: int("1" * 1000) % 9),
    ("format", lambda: format(10**1000, "d")),
    ("percent", lambda: "%d" % 10**1000),
    ("hex unlimited", lambda: len(hex(10**5000))),
]:
    try:
        print(name, fn())
    except ValueError as e:
        print(name, "ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    str(10**700)
except ValueError as e:
    print("ValueError", e)
