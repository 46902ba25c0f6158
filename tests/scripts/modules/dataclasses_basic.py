from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, is_dataclass, KW_ONLY, make_dataclass
import dataclasses
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p.x, Point(5))
print(Point.__init__.__qualname__, Point.__doc__)
try: Point()
except TypeError as e: print("TypeError", e)
try: Point(1, 2, 3)
except TypeError as e: print("TypeError", e)
try: Point(1, z=3)
except TypeError as e: print("TypeError", e)
print(Point.__hash__, Point.__match_args__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try: v1.major = 3
except FrozenInstanceError as e: print("FrozenInstanceError", e, isinstance(e, AttributeError))
try: del v1.major
except FrozenInstanceError as e: print("FrozenInstanceError", e)
@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    owner: str = "nobody"
    total: ClassVar[int] = 0
a, b = Inventory(), Inventory()
a.items.append("x"); print(a, b, Inventory.total)
print([f.name for f in fields(Inventory)])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print("TypeError", e)
try: field(default=1, default_factory=list)
except ValueError as e: print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e: print("ValueError", e)
@dataclass
class Line:
    start: Point
    end: Point
    label: str = "l"
ln = Line(Point(0, 0), Point(3, 4))
print(asdict(ln), astuple(ln))
print(replace(ln, label="new"), ln.label)
try: asdict(3)
except TypeError as e: print("TypeError", e)
try: fields(3)
except TypeError as e: print("TypeError", e)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale; self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2))
try: replace(Rect(1, 1), area=3)
except ValueError as e: print("ValueError", e)
@dataclass
class Base:
    id: int
    name: str = "base"
@dataclass
class Derived(Base):
    extra: list = field(default_factory=list)
print(Derived(1), Derived(2, "d", [1]), is_dataclass(Derived), is_dataclass(Derived(1)), is_dataclass(3))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: int = field(compare=False)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5))
try: KW(1, 2)
except TypeError as e: print("TypeError", e)
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 1
print(KW2(a=3))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))
@dataclass
class WithRepr:
    x: int
    def __repr__(self): return "custom"
print(WithRepr(1))
print(dataclasses.MISSING is not None, type(fields(Point)[0]).__name__, fields(Point)[0].name, fields(Point)[0].type)
import queue, threading
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
q = queue.PriorityQueue()
for i, nm in [(3, "c"), (1, "a"), (2, "b")]: q.put(Job(i, nm))
done = []
def worker():
    while True:
        try: j = q.get_nowait()
        except queue.Empty: break
        done.append(j)
ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(done))
@dataclass
class Counter:
    value: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    def incr(self):
        with self.lock: self.value += 1
c = Counter()
ts = [threading.Thread(target=lambda: [c.incr() for _ in range(100)]) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(c)
@dataclass(slots=True, frozen=True)
class Pixel:
    x: int
    y: int
print(Pixel(1, 2), Pixel.__slots__, Pixel(1, 2) == Pixel(1, 2), hash(Pixel(3, 4)) == hash(Pixel(3, 4)))
