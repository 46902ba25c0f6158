import pprint
from collections import OrderedDict, defaultdict, Counter, deque
data = {"name": "pyth", "versions": [1, 2, 3], "nested": {"z": 1, "a": [{"k": "v" * 10}] * 4}, "tags": {3, 1}, "t": (1,), "long": list(range(40))}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(30)), compact=True, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(data, indent=4, width=50)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat([1, 2]))
s = "This is a very long string that will not fit on a single line when printed with pprint at width forty"
pprint.pprint(s, width=40)
pprint.pprint({"key": s}, width=50)
r = [1, 2]; r.append(r)
print(pprint.saferepr(r).split(" with id=")[0], pprint.isrecursive(r), pprint.isreadable([1, 2]), pprint.isreadable(object()))
pprint.pprint([(i, str(i) * i) for i in range(8)])
pprint.pp({"z": 1, "a": 2})
od = OrderedDict((str(i), i) for i in range(12))
pprint.pprint(od, width=30)
dd = defaultdict(list, {"k" + str(i): [i] * 3 for i in range(6)})
pprint.pprint(dd, width=30)
pprint.pprint(Counter("abracadabra alakazam"), width=30)
pprint.pprint(deque(range(20)), width=30)
from dataclasses import dataclass, field
@dataclass
class Cfg:
    name: str
    items: list = field(default_factory=list)
pprint.pprint(Cfg("x" * 30, list(range(25))), width=40)
import types
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="b" * 30), width=40)
pp = pprint.PrettyPrinter(width=20, indent=2)
pp.pprint({"numbers": [1, 2, 3, 4, 5, 6, 7, 8]})
print(pp.pformat((1, 2)))
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print("ValueError", e)
pprint.pprint({(1, 2): "t", (0, 5): "s"}, width=10)
pprint.pprint({1: "a", "b": 2}, width=10)
pprint.pprint(frozenset({3, 1, 2, 10, 20, 30, 40, 50}), width=20)
pprint.pprint(12345678, underscore_numbers=True)
