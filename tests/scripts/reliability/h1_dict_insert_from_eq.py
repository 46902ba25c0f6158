# Inserting into a dict/set from a colliding key's __eq__ terminates (issue 12, h1).
d = {}


class K:
    def __hash__(s):
        return 1

    def __eq__(s, o):
        d[object()] = 5
        return False


d[K()] = 1
d[K()] = 2
print(len(d))
k = K()
print(k in d, d.get(K(), "missing"))

s = set()


class S:
    def __hash__(self):
        return 1

    def __eq__(self, o):
        s.add(object())
        return False


s.add(S())
s.add(S())
print(len(s))


class Mutating:
    # __eq__ that deletes from the dict being searched.
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.target.clear()
        return False


m = {}
m[Mutating(m)] = 1
m[Mutating(m)] = 2
print(len(m))


class Same:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        return isinstance(other, Same)


z = {Same(): "first"}
z[Same()] = "second"
print(len(z), list(z.values()))
