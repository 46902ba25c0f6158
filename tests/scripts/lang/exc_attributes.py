def g():
    yield 1
    return "ret"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration.value", e.value)
print(StopIteration(5).value, StopIteration().value)
for arg in [(), (3,), ("m",), (1, 2)]:
    e = SystemExit(*arg)
    print("SystemExit.code", repr(e.code))
print(KeyError("k").args, OSError("x").args)
e = ValueError("v")
print(e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None)
print(hasattr(ValueError, "__traceback__"), hasattr(ValueError, "args"))
