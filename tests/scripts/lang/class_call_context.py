class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add3 = Adder(3)
print(add3(4), callable(add3), callable(Adder), callable(3))
print(list(map(add3, [1, 2])))
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False
with Ctx("a") as v:
    print("body", v)
with Ctx("x") as x, Ctx("y") as y:
    print("both", x, y)
try:
    with Ctx("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("suppressing", et.__name__)
        return True
with Suppress():
    raise KeyError("k")
print("after suppressed")
def f():
    with Ctx("ret"):
        return "returned"
print(f())
for i in range(3):
    with Ctx(str(i)):
        if i == 1:
            break
with Ctx("noas"):
    pass
