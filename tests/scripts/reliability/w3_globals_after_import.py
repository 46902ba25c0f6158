# After importing a Python-source module, the running module's globals stay its own for
# globals(), eval, exec and type()'s __module__ (issue 12, w3), across every frame switch.
import sys
sys.path.insert(0, "helpers")
x = 42
import heapq
print("x" in globals())
print(type('X', (), {}).__module__)
exec("z = 2")
print("z" in globals())
print(hasattr(heapq, "z"))

import w3_other
print("x" in globals(), "marker" in globals())
print(w3_other.own_globals_has_marker())
# A callback from the other module's frame runs with ours.
print(w3_other.call_back(lambda: "x" in globals()))
print(w3_other.call_back(lambda: eval("x")))
print(sorted([3, 1, 2], key=lambda v: (globals()["x"], v)))
# Generators resumed from here run with their own module's globals.
g = w3_other.gen()
print(next(g), "x" in globals(), next(g), "x" in globals())
# An exception unwinding out of the other module leaves ours in force.
try:
    w3_other.fail()
except ValueError as e:
    print(e, "x" in globals(), eval("x"))
print(w3_other.make_class(), type("Here", (), {}).__module__)


def local_check():
    import w3_other as again
    return "x" in globals(), again is w3_other


print(local_check())
print(list(map(lambda v: v + x, [1, 2])))
print(globals()["__name__"])
