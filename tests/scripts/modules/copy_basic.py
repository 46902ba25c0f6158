import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
d = {"x": {1, 2}, "y": frozenset({3})}
dc = copy.deepcopy(d); print(dc == d, dc["x"] is d["x"])
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
p = Point([1], 2); p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.x.append(7); print(p, p2, p3, p2.x is p.x, p3.x is p.x)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__ called"); return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
cu = Custom([1]); print(copy.copy(cu).v, copy.deepcopy(cu).v)
r = [1]; r.append(r)
rc = copy.deepcopy(r); print(rc[1] is rc, rc[1] is r)
shared = [0]; outer = [shared, shared]
oc = copy.deepcopy(outer); print(oc[0] is oc[1], oc[0] is shared)
memo = {}; x = [1]; y = copy.deepcopy(x, memo); print(id(x) in memo, memo[id(x)] is y)
print(copy.copy(3), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
from collections import OrderedDict, defaultdict, namedtuple
od = OrderedDict(a=[1]); odc = copy.deepcopy(od); print(odc, type(odc).__name__, odc["a"] is od["a"])
dd = defaultdict(list, {"a": [1]}); ddc = copy.deepcopy(dd); ddc["b"].append(2); print(sorted(ddc.items()), ddc.default_factory)
NT = namedtuple("NT", "a b"); n = NT([1], 2); nc = copy.deepcopy(n); print(nc, nc.a is n.a, type(nc).__name__)
class Slotted(list):
    pass
sl = Slotted([1, [2]]); slc = copy.deepcopy(sl); print(slc, type(slc).__name__, slc[1] is sl[1])
from dataclasses import dataclass, field
@dataclass
class Cfg:
    name: str
    opts: dict = field(default_factory=dict)
cfg = Cfg("a", {"x": [1]}); cfg2 = copy.deepcopy(cfg); cfg2.opts["x"].append(2); print(cfg, cfg2)
import threading
template = {"counts": [0] * 3}
results = []
lock = threading.Lock()
def worker(i):
    mine = copy.deepcopy(template)
    mine["counts"][i % 3] += i
    with lock: results.append(mine["counts"])
ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), template)
print(issubclass(copy.Error, Exception))
l = threading.Lock()

try: copy.deepcopy({"l": l})
except TypeError as e: print("TypeError", e)
try: copy.copy(l)
except TypeError as e: print("TypeError", e)
