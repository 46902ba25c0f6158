top_level_value = 42

def show():
    g = globals()
    print(g["top_level_value"], "show" in g, g is globals())

show()
globals()["injected"] = "hi"
print(injected)
print(__name__)

class Point:
    kind = "pt"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(1, -2)
print(vars(p))
vars(p)["z"] = 9
print(p.z)
print(p.__dict__ is vars(p))
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("__")])
print("kind" in vars(Point), "x" in vars(Point))
try:
    vars(5)
except Exception as e:
    print(type(e).__name__, e)
def f():
    a = 1
    b = 2
    return sorted(locals().items())
print(f())
print(sorted(n for n in dir([]) if not n.startswith("_"))[:5])
