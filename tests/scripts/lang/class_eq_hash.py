class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a == c, a != b, a != c, a is b)
print(a == 5, 5 == a)
print(len({a, b, c}))
d = {a: "first"}
d[b] = "second"
print(d)
print(a in [c, b])
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)
class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(AlwaysEq() == 3, [1, 2].count(AlwaysEq()) if False else "skip")
print([AlwaysEq()].index(0) if False else [0, 1].index(1))
class Ne:
    def __eq__(self, o):
        return "eq-result"
print(Ne() == 1, Ne() != 1)
