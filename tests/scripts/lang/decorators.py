def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(t):
    def deco(fn):
        def w():
            return "<%s>%s</%s>" % (t, fn(), t)
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Foo:
    pass
@register
class Bar:
    pass
print(sorted(registry))
def add_method(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_method
class Baz:
    pass
print(Baz().greet())
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return "Deco(" + str(self.fn(*a)) + ")"
@Deco
def five():
    return 5
print(five())
