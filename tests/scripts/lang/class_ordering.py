class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return "V%d" % self.n
vs = [V(3), V(1), V(2)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(V(1) < V(2), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
class Full:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __le__(self, o): return self.n <= o.n
    def __gt__(self, o): return self.n > o.n
    def __ge__(self, o): return self.n >= o.n
a, b = Full(1), Full(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return self.name
people = [Person("bob", 30), Person("al", 25), Person("cy", 30)]
print(sorted(people, key=lambda p: p.age))
print(sorted(people, key=lambda p: (-p.age, p.name)))
try:
    sorted([Person("a", 1), Person("b", 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < "a"
except TypeError as e:
    print(e)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
