def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(count(0), "default"))
def gen_with_return():
    yield 1
    return "done"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
print(type(count(1)).__name__)
def lazy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finished")
g = lazy()
print("created")
for v in g:
    print("got", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
gen = fib()
print([next(gen) for _ in range(10)])
print(sum(count(101)))
print(list(zip(count(3), "abc")))
it = iter(count(3))
print(it is iter(it))
def empty():
    return
    yield
print(list(empty()))
