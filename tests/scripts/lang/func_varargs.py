def f(*args):
    return args
print(f())
print(f(1))
print(f(1, 2, 3))
print(type(f()).__name__)
def g(a, *rest):
    return a, rest
print(g(1, 2, 3))
def h(**kw):
    return kw
print(h())
print(h(a=1, b=2))
def all_kinds(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(all_kinds(1, c=3))
print(all_kinds(1, 2, 3, 4, c=5, e=6))
args = [1, 2, 3]
print(f(*args))
print(f(*args, *args))
kw = {"a": 1, "b": 2}
print(h(**kw))
print(h(**kw, c=3))
print(h(**{"x": 1}, **{"y": 2}))
def three(a, b, c):
    return a + b + c
print(three(*[1, 2], 3))
print(three(1, *(2, 3)))
print(three(**{"a": 1, "b": 2, "c": 3}))
print(three(*"abc"))
print(f(*range(4)))
print(f(*{"k": 1}))
