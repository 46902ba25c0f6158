import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cached_property, singledispatch, cmp_to_key
import operator
def power(base, exp): return base ** exp
sq = partial(power, exp=2)
print(sq(5), sq.func is power, sq.args, sq.keywords)
print(repr(partial(power, 2)).split(" at ")[0])
p2 = partial(partial(power, 3), exp=3)
print(p2(), p2.args, p2.keywords)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(operator.mul, [1,2,3], 10))
try: reduce(lambda a, b: a, [])
except TypeError as e: print("TypeError", e)
try: partial(3)
except TypeError as e: print("TypeError", e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return f(*a, **k)
    return inner
@deco
def hello(name):
    "Say hello."
    return "hi " + name
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello("bob"), hello.__qualname__)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache
def sq2(x): return x * x
print(sq2(3), sq2(3), sq2.cache_info(), sq2.__name__)
@lru_cache(maxsize=2)
def ident(x):
    print("compute", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2); ident(1)
print(ident.cache_info())
@cache
def fact(n): return 1 if n == 0 else n * fact(n-1)
print(fact(10), fact.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
try: lru_cache("x")
except TypeError as e: print("TypeError", e)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), sorted([V(3), V(1)], key=lambda x: x)[0].v)
try:
    @total_ordering
    class W: pass
except ValueError as e: print("ValueError", e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n, "val" in c.__dict__)
del c.val; print(c.val, c.n)
@singledispatch
def show(x): return "obj " + repr(x)
@show.register(int)
def _(x): return "int " + str(x)
@show.register(list)
def _(x): return "list of " + str(len(x))
@show.register
def _(x: float): return "float"
print(show(1), show([1,2]), show("s"), show(True), show(2.5))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "")
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
from concurrent.futures import ThreadPoolExecutor
@lru_cache(maxsize=None)
def slow_square(n): return n * n
with ThreadPoolExecutor(max_workers=4) as ex:
    res = list(ex.map(slow_square, [i % 10 for i in range(100)]))
print(sum(res), slow_square.cache_info().currsize)
class M:
    @functools.partialmethod
    def x(self, a): return a
print(functools.WRAPPER_ASSIGNMENTS)
class K:
    @lru_cache(maxsize=None)
    def m(self, x): return x * 2
k = K(); print(k.m(2), k.m(2), K.m.cache_info())
