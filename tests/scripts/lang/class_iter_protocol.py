class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r))
print(sum(r), max(r), sorted(r, reverse=True))
a, b, c = r
print(a, b, c)
print([x * y for x in r for y in r])
print(dict(zip(r, "abc")))
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x.upper()
print(list(GenIter(["a", "b"])))
print(" ".join(GenIter("xyz")))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
