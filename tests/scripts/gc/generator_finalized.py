# Dropping a suspended generator closes it: its finally blocks and __exit__ methods run
# (GeneratorExit is raised at the yield), before the next statement's output.
import gc


def counting(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = counting("del")
next(g)
del g
print("after del")

g = counting("rebind")
next(g)
g = None
print("after rebind")

g = counting("not started")
del g
print("never started: no finally")

g = counting("exhausted")
for _ in g:
    pass
del g
print("after exhausted")


def loop_first():
    for v in counting("inner"):
        yield v


g = loop_first()
next(g)
del g
print("after nested")


class Ctx:
    def __enter__(self):
        print("enter")

    def __exit__(self, *exc):
        print("exit", exc[0].__name__)


def with_block():
    with Ctx():
        yield "inside"


g = with_block()
print(next(g))
del g
print("after with")


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


g = catches()
next(g)
del g
print("after catch")


def cyclic():
    me = yield
    try:
        yield me
    finally:
        print("finally in cycle")


g = cyclic()
next(g)
g.send(g)
del g
print("cycle dropped")
gc.collect()
print("after collect")


def scope():
    g = counting("function local")
    next(g)
    return "returned"


print(scope())
