class Cfg:
    debug = False
    def __init__(self):
        self.level = 3

c = Cfg()
print(getattr(c, "level"))
print(getattr(c, "missing", "default"))
print(getattr(c, "debug", True))
print(getattr(c, "missing", None))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(c, "level"), hasattr(c, "nope"))
setattr(c, "new", [1])
print(c.new)
delattr(c, "new")
print(hasattr(c, "new"))
try:
    delattr(c, "new")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("abc", "upper")())
print(getattr(Cfg, "debug"))
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(name)
l = Lazy()
print(getattr(l, "xy"), getattr(l, "zz", "fallback"), hasattr(l, "q"))
