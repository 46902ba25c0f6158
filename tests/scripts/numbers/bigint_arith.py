a = 2**100
print(a, a + 1, a - 2**101, a * a, -a)
print(a // 3, a % 7, -a // 3, -a % 7, divmod(a, -12345))
print(a >> 50, a << 20, a & (2**64 - 1), a | 1, a ^ a, ~a)
print(2**64 - 1 + 1, (2**63 - 1) + 1, -2**63 - 1, (-2**63) // -1)
print(abs(-a), hash(a) == hash(a + 0), a == 2**100, a > 2**99, a < 1e40, a == float(a))
print(pow(3, 200), pow(3, 200, 10**9 + 7), pow(2, -2), 10**30 // 10**15)
print(str(-a), repr(a * 3), len(str(10**100)))
print(int(str(10**50)) == 10**50, hex(a), oct(a), bin(2**70))
print(a / 2**90, 10**400 // 10**399)
print(round(a + 51, -2), round(-(a + 50), -2))
try:
    print(10**400 / 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(9999999999999999999 * 9999999999999999999)
print(sum(range(10**6, 10**6 + 100)) * 10**20)
