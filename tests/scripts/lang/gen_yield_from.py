def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer result"
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(2)))
def delegator():
    got = yield from echo()
    yield "echo said " + str(got)
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = delegator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send(None))
def g_return():
    x = yield from []
    return x
g = g_return()
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
