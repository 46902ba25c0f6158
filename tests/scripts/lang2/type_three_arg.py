def greet(self):
    return "hi from " + self.name

Base = type("Base", (), {"name": "base", "greet": greet})
b = Base()
print(b.greet())
print(type(b).__name__, Base.__name__)
Child = type("Child", (Base,), {"name": "child", "extra": lambda self, n: n * 2})
c = Child()
print(c.greet(), c.extra(21))
print(isinstance(c, Base), issubclass(Child, Base))
print(Child.__bases__ == (Base,))
print([k.__name__ for k in Child.__mro__])
print(type(Child) is type, type(type))
Empty = type("Empty", (), {})
print(Empty.__name__, Empty().__class__.__name__)
print(type(5) is int, type("x").__name__)
try:
    type("X", 5, {})
except Exception as e:
    print(type(e).__name__)
try:
    type("A", "b")
except Exception as e:
    print(type(e).__name__, e)
WithInit = type("WithInit", (), {"__init__": lambda self, v: setattr(self, "v", v), "__repr__": lambda self: f"WithInit({self.v})"})
print(WithInit(3))
