# Bad arguments to the class machinery: CPython's exception types and messages.
import types
def t(name, f):
    try: print(name, f())
    except Exception as e: print(name, type(e).__name__, e)
t("type.__call__(3)", lambda: type.__call__(3))
t("MethodType(3,4)", lambda: types.MethodType(3, 4))
t("ModuleType(3)", lambda: types.ModuleType(3))
t("ModuleType()", lambda: types.ModuleType())
t("type.__setattr__(3,'a',1)", lambda: type.__setattr__(3, 'a', 1))
t("type.__setattr__(int,'a',1)", lambda: type.__setattr__(int, 'a', 1))
t("type.__delattr__(int,'a')", lambda: type.__delattr__(int, 'a'))
class E:
    def __mro_entries__(self, bases): return 5
def mk2():
    class Y(E()): pass
t("mro_entries non-tuple", mk2)
class BadLen(type):
    def __len__(cls): return "x"
class Z(metaclass=BadLen): pass
t("len bad", lambda: len(Z))
class BadRepr(type):
    def __repr__(cls): return 5
class W(metaclass=BadRepr): pass
t("repr bad", lambda: repr(W))
t("isinstance weird", lambda: isinstance(3, types.SimpleNamespace()))
try:
    def ann(x: 1/0): pass
except ZeroDivisionError as e:
    print('annotation evaluated:', e)
