# Functions keep their parameter and return annotations in __annotations__ (evaluated at
# definition time), and __kwdefaults__.
def area(width: float, height: float = 1.0, *scales: int, unit: str = "m", **extra: bool) -> float:
    return width * height
print(area.__annotations__)
print(area.__kwdefaults__, area.__defaults__)
def plain(a, b=2): pass
print(plain.__annotations__, plain.__kwdefaults__)
plain.__annotations__["a"] = int
print(plain.__annotations__)
class Box:
    size: int = 3
    def resize(self, factor: "float") -> "Box": return self
print(Box.resize.__annotations__, Box.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
def outer():
    def inner(n: list, *, flag: bool = False) -> None: pass
    return inner
print(outer().__annotations__)
try:
    def broken(x: undefined_name): pass
except NameError as e:
    print("NameError", e)
