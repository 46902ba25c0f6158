print(sum([1, 2, 3]), sum([], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum(range(10), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(iter([0, 1])))
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10**20))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-7.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, 100, 1000007), pow(-2, 3, 7))
print(pow(3, -1, 7), 2 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.0 // 2, -7.5 % 2)
print(2 ** 64, -2 ** 2, (-2) ** 2, 2 ** -2, 0 ** 0)
print(10 / 4, 10 / 5, 1 / 3, 2 / 3)
print(int(3.9), int(-3.9), int("42"), int(" 7 "), int("-0"), int("ff", 16), int("0x1f", 0), int("101", 2))
print(float("1.5"), float(" -2 "), float("inf"), float("-inf"), float(3))
print(hex(255), hex(-1), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(chr(65), chr(0x263A), ord("a"), ord("\u263a"), chr(ord("z") - 1))
print(max(2 ** 100, 2 ** 99), 2 ** 100 // 3, -(2 ** 100) // 7, (2 ** 100) % 97)
print(1_000_000, 0b1010, 0o17, 0xFF, 1e3, 1.5e-3)
print(True + True, True * 10, False - 1)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2)
print(int(True), float(False), bool(0.0), bool(-1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
