from typing import Optional, Union, get_args, get_origin, List
import types
def f(x: int | None = None, y: str | int | float = 0) -> list | None: return x
print(f.__annotations__)
u = int | str
print(u, repr(int | None), type(u).__name__, u == (str | int), int | int, (int | str) | None, int | List[int])
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(get_args(int | str), get_origin(int | str) is types.UnionType, Optional[int | str], Union[int | None, str])
try: None | None
except TypeError as e: print("TypeError", e)
try: int | 3
except TypeError as e: print("TypeError", e)
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int])
