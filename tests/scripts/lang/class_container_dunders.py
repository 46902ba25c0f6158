class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("delitem", k)
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Bag()
b["x"] = 1
b["y"] = 2
print(len(b), b["x"], "x" in b, "z" in b, "z" not in b)
del b["x"]
print(len(b), list(b))
try:
    b["nope"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq():
    print("iter", x)
class Sliceable:
    def __getitem__(self, k):
        return k
s = Sliceable()
print(s[1], s[1:2], s[::2], s[1, 2], s[...])
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Truth(True)), bool(Truth(False)), "yes" if Truth(False) else "no")
class LenTruth:
    def __len__(self):
        return 0
print(bool(LenTruth()), not LenTruth())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
