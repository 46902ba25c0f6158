class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), bool(Neither()))
if L(0):
    print("nonempty")
else:
    print("empty")
print(not B(False))
print(B(True) and "yes")
print(L(0) or "fallback")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
print([bool(x) for x in [0, 0.0, "", [], {}, (), set(), None, "0", [0], -1]])
n = 0
while L(2 - n):
    n += 1
print(n)
