def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = factorial(100)
print(f100)
print(len(str(f100)), str(f100).count("0"))
print(2 ** 1000 % 997)
print(pow(2, 1000, 997))
big = 10 ** 30 + 7
print(-big // 3, -big % 3)
print(big // -7, big % -7)
print(divmod(-big, 1000), divmod(big, -1000))
print(-(10 ** 25) // 10 ** 12, -(10 ** 25) % (10 ** 12 + 1))
print((2 ** 100) >> 90, -(2 ** 100) >> 95, 1 << 100)
print((2 ** 64 - 1) & 0xFFFF0000FFFF0000, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(-2 ** 65 & 0xFF, ~(2 ** 80))
print(abs(-f100) == f100, f100 % 10 ** 5)
print(int(str(big)) == big, hex(2 ** 70), bin(2 ** 65)[:10])
print(f100 // factorial(98), 99 * 100)
print(big * big)
print((10 ** 40) / (10 ** 20), type((10 ** 40) / 2).__name__)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(sum(range(10 ** 6)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(2 ** 62 + 2 ** 62 == 2 ** 63, (2 ** 63) - 1)
print(round(123456789012345678901234567890, -10))
