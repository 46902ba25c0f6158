from __future__ import annotations
import __future__
def f(a: Node, *args: int, b: list[int] = 3, **kw: str) -> Node: pass
print(f.__annotations__)
class Node:
    left: Node
    def g(self) -> Node: pass
print(Node.__annotations__, Node.g.__annotations__)
print(__future__.annotations)
def h(): pass
print(h.__annotations__, h.__kwdefaults__)
def k(*, a=1): pass
print(k.__kwdefaults__)
