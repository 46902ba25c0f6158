print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(0.5), hash(-0.0))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash("abc") == hash("ab" + "c"), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(10 ** 30) == hash(10 ** 30), hash(-(2 ** 64)))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, 0.0, False}
print(s)
print({(1, 2): "t"}[(1, 2)])
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
