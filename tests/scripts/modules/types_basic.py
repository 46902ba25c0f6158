import types, sys
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == SimpleNamespace(a=1, b="x"), ns != SimpleNamespace(a=2))
ns.c = [1]; del ns.a; print(ns, repr(SimpleNamespace()), vars(ns))
try: SimpleNamespace({"k": 1})
except TypeError as e: print("TypeError", e)
try: hash(ns)
except TypeError as e: print("TypeError", e)
def f(): pass
def g(): yield 1
class A:
    def m(self): return "m"
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType), isinstance(A().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__, types.NoneType, types.EllipsisType)
bound = types.MethodType(lambda self: f"bound to {type(self).__name__}", A())
print(bound())
mod = types.ModuleType("dyn", "doc")
mod.x = 5
print(mod.__name__, mod.__doc__, mod.x)
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("b", 0), mp)
try: mp["b"] = 2
except TypeError as e: print("TypeError", e)
C = types.new_class("C", (A,), exec_body=lambda ns: ns.update({"y": 3}))
print(C.__name__, C().m(), C.y)
print(types.resolve_bases((A,)))
class Config(SimpleNamespace): pass
print(Config(debug=True))
import threading
shared = SimpleNamespace(count=0, lock=threading.Lock())
def inc():
    for _ in range(100):
        with shared.lock: shared.count += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(shared.count)
