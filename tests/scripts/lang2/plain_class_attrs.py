class Plain:
    shared = []
    def __init__(self, n):
        self.n = n

a = Plain(1)
b = Plain(2)
a.extra = "dyn"
print(a.extra, hasattr(b, "extra"))
print(sorted(a.__dict__), sorted(b.__dict__))
a.shared.append(1)
print(b.shared, Plain.shared is a.shared)
a.shared = ["own"]
print(a.shared, b.shared)
del a.shared
print(a.shared)
Plain.added_later = lambda self: self.n * 100
print(a.added_later(), b.added_later())
a.__dict__["n"] = 50
print(a.n)
print("__slots__" in Plain.__dict__, hasattr(a, "__dict__"))
try:
    del b.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b.nope
except AttributeError as e:
    print(type(e).__name__, e)
setattr(b, "with space", 1)
print(getattr(b, "with space"))
print(Plain.__name__, Plain.__qualname__, Plain.__module__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
