# collections: Counter arithmetic/most_common/total, OrderedDict, ChainMap, namedtuple extras,
# deque maxlen and reversed; heapq.merge; random.getstate/setstate.
from collections import Counter, OrderedDict, ChainMap, namedtuple, deque, defaultdict, UserDict, UserList
c = Counter("abracadabra"); d = Counter("alakazam")
print(c.most_common(2), c + d, c - d, c & d, c | d)
print(c.total(), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.update("zz"); c.subtract("a"); print(c["a"], c["z"], sorted(c.elements())[:4])
o = OrderedDict(a=1, b=2, c=3); o.move_to_end("a"); print(o); o.move_to_end("c", last=False); print(o, o.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm, cm.new_child({"z": 0}))
P = namedtuple("P", "x y", defaults=[0]); p = P._make([1, 2]); print(p, P._fields, P._field_defaults, p._asdict(), p._replace(x=5))
try: p.x = 3
except AttributeError as e: print(e)
dq = deque([1, 2, 3], maxlen=3); dq.append(4); print(dq, dq.maxlen, list(reversed(dq)))
import heapq; print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3])), list(heapq.merge([3,1],[2], key=lambda x: -x, reverse=False)))
import random; random.seed(1); st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
print(Counter(a=3) == Counter(a=3, b=0), repr(Counter()), Counter(b=2, a=2).most_common())
# Counter and namedtuple used from a thread pool; results merged under a lock.
import threading
from concurrent.futures import ThreadPoolExecutor
Word = namedtuple("Word", ["text", "length"])
texts = ["the quick brown fox", "jumps over the lazy dog", "the end"] * 4
total = Counter()
lock = threading.Lock()
def count_words(text):
    local = Counter(Word(w, len(w)) for w in text.split())
    with lock:
        total.update(local)
    return local.total()
with ThreadPoolExecutor(max_workers=3) as pool:
    print(sum(pool.map(count_words, texts)))
print(total.most_common(3))
print(sorted(w.text for w in total if w.length == 3))
c = Counter(a=3, b=1)
c += Counter(a=-5, c=2)
print(c)
c -= Counter(c=1)
print(c, Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=0))
for bad in [lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x _y"),
            lambda: namedtuple("P", "x class"), lambda: namedtuple("1P", "x"),
            lambda: P(1, 2, 3), lambda: P(), lambda: P._make([1]),
            lambda: OrderedDict().popitem(), lambda: ChainMap().pop("k")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a b c", rename=True)._fields, namedtuple("R", ["a", "def", "a"], rename=True)._fields)
dd = defaultdict(list, a=[1]); dd["b"].append(2); print(dd, dd.copy(), dict(dd))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(OrderedDict(a=1, b=2))), OrderedDict.fromkeys("ab", 0))
ud = UserDict(a=1); ud["b"] = 2; print(ud, len(ud), "a" in ud, ud.get("z", 0))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul[1:], ul + [4])
