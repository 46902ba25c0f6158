import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(5, 2), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3), operator.abs(-4))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.gt(3, 2), operator.ge(1, 2), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.invert(5), operator.inv(0), operator.lshift(1, 4), operator.rshift(32, 2), operator.index(7))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.getitem({"a": 1}, "a"))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
x = [1]; y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2), operator.imul("ab", 2), operator.isub(5, 1), operator.ior({1}, {2}))
try: operator.indexOf([1], 5)
except ValueError as e: print("ValueError", e)
try: operator.concat(1, 2)
except TypeError as e: print("TypeError", e)
print(operator.length_hint([1, 2]), operator.length_hint(object(), 5), operator.call(len, "abc"))
g = itemgetter(1); g2 = itemgetter(0, 2)
print(g([5, 6, 7]), g2("abc"), repr(g), repr(g2), repr(itemgetter("k")))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def greet(self, greeting="hi", punct="!"): return f"{greeting} {self.name}{punct}"
people = [P("zed", 30), P("amy", 25)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]), repr(attrgetter("name", "x.y")))
class N: pass
n = N(); n.inner = P("deep", 1); print(attrgetter("inner.name")(n))
try: attrgetter(1)
except TypeError as e: print("TypeError", e)
m = methodcaller("greet", "hello", punct="?")
print(m(people[1]), repr(m), methodcaller("upper")("abc"), repr(methodcaller("strip")))
print(operator.__add__ is operator.add, operator.__getitem__([1, 2], 1))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.mul, [1, 2], [3, 4])))
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as ex:
    totals = list(ex.map(lambda pair: reduce(operator.add, pair), [(1, 2), (3, 4), (5, 6)]))
print(totals, sorted([{"n": 3}, {"n": 1}], key=itemgetter("n")))
