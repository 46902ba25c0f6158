# weakref: ref and callbacks, proxy, WeakMethod, the weak containers, finalize.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name

    def __repr__(self):
        return 'Node(%r)' % self.name


n = Node('a')
r = weakref.ref(n)
print(r() is n, r() == n, type(r).__name__, weakref.ref(n) == r, hash(r) == hash(n))
events = []
r2 = weakref.ref(n, lambda ref: events.append(('died', ref is r2, ref())))
print(r2.__callback__ is not None, r.__callback__)
del n
print(r(), events)
for bad in [lambda: weakref.ref(1), lambda: weakref.ref([]), lambda: weakref.ref('s')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


def f():
    return 42


fr = weakref.ref(f)
print(fr()(), weakref.ref(Node)() is Node)

p = weakref.proxy(Node('b')) if False else None
keep = Node('c')
p = weakref.proxy(keep)
print(p.name, p.hello())
del keep
try:
    p.name
except ReferenceError as e:
    print('ReferenceError', e)

obj = Node('m')
wm = weakref.WeakMethod(obj.hello)
print(wm()())
del obj
print(wm())

cache = weakref.WeakValueDictionary()
a, b = Node('x'), Node('y')
cache['x'] = a
cache['y'] = b
print(len(cache), sorted(cache.keys()), cache['x'], 'x' in cache, cache.get('zz'))
del a
print(len(cache), sorted(cache.keys()), 'x' in cache, cache.get('x', 'gone'))
try:
    cache['x']
except KeyError as e:
    print('KeyError', e)

meta = weakref.WeakKeyDictionary()
k1, k2 = Node('k1'), Node('k2')
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, sorted(v for v in meta.values()))
del k2
print(len(meta), [k.name for k in meta.keys()])

ws = weakref.WeakSet()
s1, s2 = Node('s1'), Node('s2')
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws)
del s1
print(len(ws), [x.name for x in ws])

log = []
target = Node('t')
fin = weakref.finalize(target, log.append, 'finalized t')
print(fin.alive, log)
del target
print(fin.alive, log)
other = Node('o')
fin2 = weakref.finalize(other, log.append, 'called early')
print(fin2(), fin2.alive, fin2(), log)


class Cycle:
    pass


c = Cycle()
c.self = c
died = []
cr = weakref.ref(c, lambda r: died.append('cycle freed'))
del c
gc.collect()
print(cr(), died)
