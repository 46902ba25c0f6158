from abc import ABC, ABCMeta, abstractmethod
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
try: Shape()
except TypeError as e: print("TypeError", e)
try: Half()
except TypeError as e: print("TypeError", e)
sq = Square(3); print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape))
class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def create(cls): ...
try: Plugin()
except TypeError as e: print("TypeError", e)
class Duck: pass
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__")
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
print(type(Shape).__name__, abc.ABC.__abstractmethods__ == frozenset())
@Shape.register
class Other: pass
print(Other.__name__, isinstance(Other(), Shape))
class Concrete(ABC): pass
print(type(Concrete()).__name__)
