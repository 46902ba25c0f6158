def fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def chain(*its):
    for it in its:
        yield from it


evens = {n for n in fib(100) if n % 2 == 0}
table = {n: [d for d in range(1, n + 1) if n % d == 0] for n in fib(50) if n}
print(list(chain(fib(10), evens)), table)
