class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn:" + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "x1"))
print(hasattr(d, "xa"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)
print(getattr(d, "nope", "default"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.b, hasattr(r, "a"))
class Obj:
    pass
o = Obj()
setattr(o, "k", 5)
print(getattr(o, "k"), o.k)
delattr(o, "k")
print(hasattr(o, "k"))
try:
    delattr(o, "k")
except AttributeError as e:
    print(e)
try:
    getattr(o, "missing")
except AttributeError as e:
    print(e)
try:
    Obj.missing
except AttributeError as e:
    print(e)
try:
    (5).missing
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = GA()
g.z = 1
print(g.magic, g.z)
