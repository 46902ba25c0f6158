import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(repr(Color), str(Color), repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", Color.RED.name, Color.RED.value)
try: Color(4)
except ValueError as e: print("ValueError", e)
try: Color['X']
except KeyError as e: print("KeyError", repr(e))
print(Color(2), Color['BLUE'], list(Color), len(Color), Color.RED in Color, list(reversed(Color)))
print(Color.__members__)
print(Color.RED is Color(1), isinstance(Color.RED, Color), type(Color.RED), Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN)
try: Color.RED < Color.GREEN
except TypeError as e: print("TypeError", e)
d = {Color.RED: "r"}; print(d[Color.RED], hash(Color.RED) == hash("RED"))
try:
    class More(Color): PINK = 4
except TypeError as e: print("TypeError", e)
class X(int, Enum):
    A = 1
print(f'{X.A}', str(X.A), repr(X.A), X.A + 1)
class P(Enum):
    A = 'a'
    B = 'a'
print(P.B is P.A, list(P), P.__members__)
try:
    @unique
    class Q(Enum):
        A = 1; B = 1; C = 2; D = 2
except ValueError as e: print("ValueError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.67e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((5.97e24, 6.37e6)), round(Planet.MARS.gravity, 2))
A = Enum('A', 'X Y Z'); print(list(A), A.X.value, repr(A))
B = Enum('B', [('P', 5), ('Q', 6)]); print(list(B))
C = IntEnum('C', {'M': 1}); print(list(C), repr(C.M))
class W(Enum):
    a = auto(); b = auto()
    def describe(self): return self.name.upper()
    @classmethod
    def first(cls): return cls.a
    @property
    def twice(self): return self.value * 2
print(W.a.describe(), W.first(), W.b.twice, W.a._value_, W['b'], W(2), repr(W.b))
class St(str, Enum):
    A = 'x'
print(St.A == 'x', f'{St.A}', str(St.A), St.A.upper())
print(type(Color), type(enum.Flag), repr(enum.auto()))
class Status(Enum):
    ACTIVE = 1
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE
print(Status(99))
class F(Flag):
    R = 1; W = 2; X = 4
    RW = 3
print(repr(F.R | F.W), str(F.R|F.W), repr(F(0)), str(F(0)), list(F), F.R in (F.R|F.W), repr(~F.R), F.RW, list(F.RW), len(F.RW), bool(F(0)))
print(F.R.name, (F.R|F.X).name, F(0).name, F.R.value, F.R & F.W, F.R ^ F.W, ~(F.R|F.W|F.X), F(6))
try: F(8)
except ValueError as e: print("ValueError", e)
class I(IntFlag):
    R = 1; W = 2
print(I.R | I.W, repr(I.R|I.W), I(0), repr(I(0)), repr(~I.R), I.R & 3, type(I.R | 1), repr(I(5)), list(I), repr(I.R | 8))
class IE(IntEnum):
    A = 1; B = 2
print(IE.A < IE.B, IE.A + IE.B, sorted([IE.B, IE.A]), IE(2), int(IE.B), '{:>3}'.format(IE.A), repr(IE.A), str(IE.A), f"{IE.B}", IE.A == 1, {1: 'one'}[IE.A])
class S(StrEnum):
    ALPHA = auto()
    BETA = 'b'
print(repr(S.ALPHA), str(S.ALPHA), S.BETA == 'b', f"{S.ALPHA}!", S('b'), S.ALPHA.upper())
class Weekday(Enum):
    MON = 1
    TUE = 2
    def is_weekend(self): return False
    def __str__(self): return self.name.title()
print(Weekday.MON, Weekday.TUE.is_weekend(), [d.name for d in Weekday])
class Ordered(Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other): return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]))
import threading, queue
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
states = {}
lock = threading.Lock()
def work(i):
    with lock: states[i] = State.RUNNING
    with lock: states[i] = State(3)
ts = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(states.items()), all(s is State.DONE for s in states.values()))
print(Color.RED.__class__.__name__, Color.__name__, State.IDLE.value, State.DONE.value)
try: Color.RED = 5
except AttributeError as e: print("AttributeError", e)
try: del Color.GREEN
except AttributeError as e: print("AttributeError", e)
Color.extra = "ok"; print(Color.extra); del Color.extra; print(hasattr(Color, "extra"), Color.RED)

print([10, 20, 30][IE.A], '%d' % IE.B, list(range(IE.B)), IE.A * 3, -IE.A, IE.B // 2, hex(IE.B), f"{IE.B:03d}", round(IE.B), IE.A | 4, bin(IE.B), str(IE.A + 0))
print(sorted({IE.B: 'b', IE.A: 'a'}.items()), max(IE), min(IE), sum(IE))
print(repr(Color.__members__), type(Color.__members__).__name__, list(Color.__members__.items())[0], len(Color.__members__))
