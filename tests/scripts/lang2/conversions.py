print(int("0x1f", 16), int("1f", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0))
print(int("  42  "), int("\t-7\n"), int("+3"), int("1_000"), int("z", 36))
print(float("1e-3"), float("  2.5 "), float("-inf"), float("nan") != float("nan"), float("1_0.5"))
print(float(".5"), float("5."), float("INF"), float("-Infinity"))
print(int(3.99), int(-3.99), int(True), float(7), int("007"))
print(str(12), str(-0.5), bool("False"), bool(""))
bad = [("int", "12a"), ("int", ""), ("int", "1.5"), ("int", "0x1f"), ("int", " "),
       ("float", "abc"), ("float", ""), ("float", "1e"), ("float", "1..2")]
for fn, s in bad:
    try:
        (int if fn == "int" else float)(s)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("12", 1), ("12", 37), ("9", 8), ("0x1f", 10)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for obj in [None, [1], {}]:
    try:
        int(obj)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        float(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(3.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("١٢٣"), float("１.５"))
