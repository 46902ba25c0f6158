def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = gen()
print(next(g))
g.close()
print("after close")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted")

g2 = gen()
g2.close()
print("closed before start")

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

c = catches()
next(c)
c.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def returns_in_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup", "x")

it = returns_in_finally()
for v in it:
    print(v)
    break
print("loop broken")
it.close()
print("closed after break")

def with_ctx():
    class Ctx:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
    with Ctx():
        yield 1
        yield 2

w = with_ctx()
next(w)
w.close()
