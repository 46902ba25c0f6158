import typing
from typing import *
print(repr(List), repr(List[int]), repr(Dict[str, int]), repr(Optional[int]), repr(Union[int, str]), repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(Tuple[int, ...]), repr(Any), repr(Literal['a', 1]), repr(ClassVar[int]), repr(Final[int]))
T = TypeVar('T'); print(repr(T), repr(List[T]), repr(Iterable[int]), repr(Generic[T]))
print(repr(Union[int]), repr(Union[int, None]), repr(Optional[Union[int, str]]), Union[int, str] == Union[str, int])
class S(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(S[int], S.__parameters__, repr(Type[int]), repr(Set[int]), repr(FrozenSet[int]), repr(Sequence[str]), repr(Mapping[str, int]))
s = S[int](); s.push(3); print(s.items, type(s).__name__, S.__mro__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
print(repr(List[Dict[str, Optional[int]]]), repr(Iterator), repr(Generator[int, None, None]))
N = NewType('N', int); print(N, N(3), repr(NoReturn), repr(Deque[int]), repr(DefaultDict[str, int]), repr(Counter[str]))
print(typing.Text, typing.TYPE_CHECKING, repr(typing.AnyStr), repr(Annotated[int, 'meta']))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Iterable), issubclass(list, Sequence))
try: isinstance([], List[int])
except TypeError as e: print("TypeError", e)
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int: return self.x + self.y
p = Point(1, 2)
print(p, p.norm(), Point(5), p._fields, Point._field_defaults, Point.__annotations__, p._asdict(), isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1); print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))
class Partial(TypedDict, total=False):
    a: int
print(sorted(Partial.__optional_keys__), Partial.__total__)
TD = TypedDict('TD', {'a': int}); print(TD(a=1), is_typeddict(TD))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
class Drawable(Protocol):
    def draw(self) -> str: ...
try: isinstance(F(), Drawable)
except TypeError as e: print("TypeError", e)
try: Drawable()
except TypeError as e: print("TypeError", e)
class Circle(Drawable):
    def draw(self): return "circle"
print(Circle().draw())
print(cast(int, "x"), cast("List[int]", 3))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
def g(a: int, b: "str" = "x") -> Optional[int]: pass
print(get_type_hints(g))
class Node:
    val: int
    next: Optional["Node"]
print(get_type_hints(Node))
print(Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]), List[int] == List[int])
K = TypeVar('K', bound=int); V = TypeVar('V', str, bytes); C = TypeVar('C', covariant=True)
print(K.__bound__, V.__constraints__, repr(C))
class Pair(Generic[K, V]): pass
print(Pair[int, str], Pair.__parameters__)
try: Pair[int]
except TypeError as e: print("TypeError", e)
def handler(cb: Callable[[int], None], items: Iterable[str] = ()) -> Dict[str, List[int]]: return {}
print(handler.__annotations__['return'], handler(print))
print(SupportsInt, isinstance(3, SupportsInt), isinstance("x", SupportsInt))
try: Any()
except TypeError as e: print("TypeError", e)
print(Union[int, str].__args__, Literal[1,2].__args__)
x: Final = 3
y: ClassVar[int]
print(__annotations__)
