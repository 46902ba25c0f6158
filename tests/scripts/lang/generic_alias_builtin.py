import types, typing
from typing import get_args, get_origin
def f(a: list[int], b: dict[str, list[int]], c: tuple[int, ...], d: set[str] | None = None) -> type[int]: pass
print(f.__annotations__)
x = list[int]
print(x, type(x).__name__, x.__origin__, x.__args__, x([1, 2]), get_origin(x), get_args(dict[str, int]))
print(list[int] == list[int], list[int] == list[str], dict[str, int] | None, frozenset[int])
try: isinstance([], list[int])
except TypeError as e: print("TypeError", e)
class MyList(list[int]): pass
print(MyList.__mro__, MyList([3]))
print(typing.get_type_hints(f))
import collections
print(collections.deque[int] is not None)
