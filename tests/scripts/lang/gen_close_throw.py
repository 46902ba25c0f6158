def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g()
print(next(x))
x.close()
print("closed")
try:
    next(x)
except StopIteration:
    print("closed generator is exhausted")
def h():
    try:
        yield "waiting"
    except ValueError as e:
        yield "caught " + str(e)
y = h()
print(next(y))
print(y.throw(ValueError("boom")))
def k():
    yield 1
z = k()
try:
    z.throw(KeyError("direct"))
except KeyError as e:
    print("throw into unstarted generator raises", e)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
w = catches_exit()
next(w)
w.close()
print("done")
