"""Plugins declared as ABC subclasses register themselves (__init_subclass__), are looked up
by an IntEnum priority and run concurrently; a Protocol checks the result objects."""
import threading
from abc import ABC, abstractmethod
from enum import IntEnum
from typing import Protocol, runtime_checkable, Dict, List


class Priority(IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


@runtime_checkable
class Summary(Protocol):
    def summary(self) -> str: ...


class Plugin(ABC):
    registry: Dict[str, type] = {}

    def __init_subclass__(cls, *, priority: Priority = Priority.NORMAL, **kw):
        super().__init_subclass__(**kw)
        cls.priority = priority
        Plugin.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def run(self, data: List[int]) -> "Result": ...


class Result:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def summary(self) -> str:
        return f"{self.name}={self.value}"


class Total(Plugin, priority=Priority.HIGH):
    def run(self, data):
        return Result("total", sum(data))


class Largest(Plugin):
    def run(self, data):
        return Result("largest", max(data))


class Evens(Plugin, priority=Priority.LOW):
    def run(self, data):
        return Result("evens", len([d for d in data if d % 2 == 0]))


try:
    Plugin()
except TypeError as e:
    print("TypeError", e)

data = list(range(1, 21))
results = {}
lock = threading.Lock()


def run_plugin(name):
    plugin = Plugin.registry[name]()
    res = plugin.run(data)
    with lock:
        results[name] = res


order = sorted(Plugin.registry, key=lambda n: Plugin.registry[n].priority, reverse=True)
threads = [threading.Thread(target=run_plugin, args=(n,)) for n in order]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order, [int(Plugin.registry[n].priority) for n in order])
print([results[n].summary() for n in order], all(isinstance(r, Summary) for r in results.values()))
print(isinstance(3, Summary), Priority.HIGH > Priority.LOW, Priority(5), repr(Priority.LOW))
