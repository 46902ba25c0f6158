"""Under `from __future__ import annotations` annotations are strings: forward references
to names defined later work."""
from __future__ import annotations

class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next
    def append(self, other: Node) -> Node:
        return other
print(Node.__init__.__annotations__)
print(Node.append.__annotations__)
counter: dict[str, list[int]] = {}
print(__annotations__)
def f(x: undefined_name) -> also_undefined: pass
print(f.__annotations__)
