# The class-level protocol a metaclass provides: len/iter/reversed/[]/repr/in on the class
# itself, __prepare__, __call__ with type.__call__, __instancecheck__/__subclasscheck__,
# super() inside metaclass methods, and __mro_entries__ on a class statement's bases.
class Registry(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": name.lower()}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.items = [k for k in ns if not k.startswith("_")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __len__(cls): return len(cls.items)
    def __iter__(cls): return iter(cls.items)
    def __reversed__(cls): return reversed(cls.items)
    def __getitem__(cls, k): return cls.items[k]
    def __contains__(cls, k): return k in cls.items
    def __repr__(cls): return f"<registry {cls.__name__}>"

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)

class Colors(metaclass=Registry, flavour="x"):
    red = 1
    green = 2
    def __init__(self, v): self.v = v

print(len(Colors), list(Colors), list(reversed(Colors)), Colors[0], "red" in Colors, "blue" in Colors)
print(repr(Colors), str(Colors), Colors.injected, [Colors])
c = Colors(5)
print(type(c).__name__, c.v, type(Colors).__name__)
print(type.__call__(Colors, 7).v)

class Even(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub): return issubclass(sub, (int, float))
class EvenNumber(metaclass=Even): pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), issubclass(bool, EvenNumber), issubclass(str, EvenNumber))

class Alias:
    def __init__(self, origin): self.origin = origin
    def __mro_entries__(self, bases): return (self.origin,)
class Base:
    def hello(self): return "hello from Base"
class Child(Alias(Base)): pass
print(Child().hello(), [k.__name__ for k in Child.__mro__], type(Child.__orig_bases__[0]).__name__)

class Meta(type):
    def describe(cls): return f"class {cls.__name__}"
class WithMeta(metaclass=Meta): pass
Dynamic = type("Dynamic", (WithMeta,), {"x": 1})
print(type(Dynamic).__name__, Dynamic.describe(), Dynamic.x)

import types
class Greeter: pass
g = Greeter(); g.name = "ada"
g.greet = types.MethodType(lambda self, punct: f"hi {self.name}{punct}", g)
print(g.greet("!"), type(g.greet).__name__)
mod = types.ModuleType("scratch", "a module made at run time")
mod.value = 42
print(mod.__name__, mod.__doc__, mod.value, type(mod).__name__)

class Guarded(type):
    def __setattr__(cls, name, value):
        if name.startswith("locked"):
            raise AttributeError(f"{cls.__name__}.{name} is read-only")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("deleting", name)
        type.__delattr__(cls, name)
class Settings(metaclass=Guarded):
    locked_mode = 1
Settings.debug = True
try:
    Settings.locked_mode = 2
except AttributeError as e:
    print("AttributeError", e)
del Settings.debug
print(hasattr(Settings, "debug"), Settings.locked_mode)

class Lazy(type):
    def __getattr__(cls, name):
        if name.startswith("make_"):
            return lambda: f"{cls.__name__} made {name[5:]}"
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
class Factory(metaclass=Lazy):
    real = "real attribute"
print(Factory.real, Factory.make_widget())
try:
    Factory.missing
except AttributeError as e:
    print("AttributeError", e)
