from __future__ import annotations
import functools, time, threading, logging
from contextlib import contextmanager, ExitStack, suppress
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto, Flag
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, TypeVar, Generic, Protocol
import operator, copy, types, string, bisect, textwrap, pprint, warnings, abc, numbers, keyword

T = TypeVar("T")

def retry(times: int = 3) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> T:
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    last = e
            raise RuntimeError(f"{fn.__name__} failed {times} times") from last
        return wrapper
    return deco

calls = {"n": 0}
@retry(times=3)
def flaky(x: int) -> int:
    """Fails twice."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError("not yet")
    return x * 2
print(flaky(21), flaky.__name__, flaky.__doc__, calls)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
s: Stack[int] = Stack()
s.push(1); s.push(2); print(s.pop(), len(s))

class Color(Enum):
    RED = auto(); GREEN = auto()
    @property
    def hex(self) -> str:
        return {"RED": "#f00", "GREEN": "#0f0"}[self.name]
print([c.hex for c in Color], Color.RED in Color, Color["GREEN"].value)

class Perm(Flag):
    R = auto(); W = auto(); X = auto()
print(Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X), [p.name for p in Perm])

@dataclass
class Task:
    title: str
    done: bool = False
    tags: List[str] = field(default_factory=list)
    def complete(self) -> "Task":
        self.done = True
        return self
tasks = [Task("write"), Task("test", tags=["ci"])]
tasks[0].complete()
print(tasks, [asdict(t) for t in tasks][1])

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...
class English:
    def greet(self, name: str) -> str:
        return f"Hello {name}"
def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)
print(welcome(English(), "pyth"))

@contextmanager
def section(name: str) -> Iterator[None]:
    print(f"[{name}")
    try:
        yield
    finally:
        print(f"{name}]")
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(section(n))
with suppress(KeyError), section("c"):
    {}["missing"]
counter = 0
lock = threading.Lock()
def bump(n: int) -> None:
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=functools.partial(bump, 100)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, sorted([("b", 2), ("a", 1)], key=operator.itemgetter(1)))
print(string.capwords("the end"), keyword.iskeyword("class"), isinstance(1.5, numbers.Real))
