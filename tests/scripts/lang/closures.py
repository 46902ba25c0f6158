def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
print(a5.__name__)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [f() for f in fns]
print(late())
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def nested(a):
    def l1(b):
        def l2(c):
            return a + b + c
        return l2
    return l1
print(nested(1)(2)(3))
