registry = []

class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="beta-custom"):
    pass

class Gamma(Beta):
    pass

print(registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))

class Counted:
    count = 0
    def __init_subclass__(cls):
        Counted.count += 1
        cls.index = Counted.count

class X(Counted): pass
class Y(Counted): pass
print(X.index, Y.index, Counted.count)
try:
    class Z(Counted, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__)

class Meta_free(object, ):
    pass
print(Meta_free.__bases__ == (object,))
