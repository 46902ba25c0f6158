def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(take(5, squares(evens(naturals()))))
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(15, primes()))
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle("ab")))
g = naturals()
for _ in range(1000):
    last = next(g)
print(last)
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
