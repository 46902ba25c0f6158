a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(id(a) == id(b), id(a) == id(c))
print(type(id(a)).__name__)
print(None is None, hash(None) == hash(None))
print(hash(1) == hash(1.0) == hash(True))
print(hash("abc") == hash("ab" + "c"))
print(hash((1, 2)) == hash((1, 2)))
for obj in [[1], {}, set()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(frozenset([1])) == hash(frozenset([1])))
class K:
    pass
k = K()
print(hash(k) == hash(k), k is k)
print(callable(len), callable(K), callable(k), callable(lambda: 0), callable(5), callable("s"))
class C:
    def __call__(self, v):
        return v + 1
print(callable(C()), C()(1))
print(callable(K.__init__), callable(print))
x = 1000
y = x
print(x is y)
t = ()
print(len(t), t == ())
