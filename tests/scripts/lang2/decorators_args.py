def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(fn(*args, **kwargs))
            return results
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco

@repeat(3)
def greet(name, punct="!"):
    """Say hi."""
    return f"hi {name}{punct}"

print(greet("bo"))
print(greet("al", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__("x"))

def tag(label):
    def deco(fn):
        def inner(*a):
            return f"<{label}>{fn(*a)}</{label}>"
        inner.__name__ = fn.__name__
        return inner
    return deco

@tag("b")
@tag("i")
def text(s):
    return s.upper()

print(text("x"), text.__name__)

calls = []
def logged(fn):
    def w(*a, **k):
        calls.append((fn.__name__, a, tuple(sorted(k.items()))))
        return fn(*a, **k)
    w.__name__ = "logged_" + fn.__name__
    return w

@logged
def add(a, b=0):
    return a + b
print(add(1, b=2), add(5), add.__name__)
print(calls)

def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w

@count_calls
def sq(x):
    return x * x
print([sq(i) for i in range(4)], sq.calls)

class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.__name__ = fn.__name__
    def __call__(self, *a):
        return ("Deco", self.fn(*a))

@Deco
def ident(x):
    return x
print(ident(3), ident.__name__)
