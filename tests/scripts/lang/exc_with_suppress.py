class Quiet:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return None
q = Quiet(ZeroDivisionError)
with q:
    1 / 0
    print("not reached")
print("suppressed:", q.caught)
try:
    with Quiet(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("propagated:", e)
def f():
    for i in range(3):
        with Quiet(Exception):
            if i == 1:
                raise RuntimeError("one")
            print("loop", i)
    return "done"
print(f())
class Tracker:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit args", [x if not hasattr(x, "__traceback__") or x is None else type(x).__name__ for x in a[:2]])
        return "truthy string"
with Tracker():
    raise IndexError
print("after")
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("should not run")
try:
    with EnterFails():
        print("not run")
except OSError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
