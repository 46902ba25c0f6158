import collections.abc as cabc
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, Generator, Set, MutableSequence
def g(): yield 1
for obj in [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([]), g(), len, lambda: 0, 3, None, b"x", {}.keys()]:
    print(type(obj).__name__, [c.__name__ for c in (Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, Generator, Set, MutableSequence) if isinstance(obj, c)])
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, isinstance(m, Mapping))
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), isinstance(Countdown(1), Iterable))
try: MyMap2 = type("X", (Mapping,), {})()
except TypeError as e: print("TypeError", e)
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq(); print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)))
class Reg: pass
Sequence.register(Reg)
print(isinstance(Reg(), Sequence), issubclass(Reg, Iterable))
class MS(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
ms = MS(); ms.append(1); ms.extend([2, 3]); ms.reverse(); print(ms.data, ms.pop(), ms.data)
