class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

data = list(range(10))
print(data[Idx(3)])
print(data[Idx(2):Idx(8):Idx(2)])
print("abcdefgh"[Idx(1):Idx(-1)])
print(list(range(Idx(5))))
print(list(range(Idx(1), Idx(10), Idx(3))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print([0] * Idx(3), "ab" * Idx(2))
print((1, 2, 3)[Idx(-1)])
print(operator_index := Idx(7).__index__())
try:
    data[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(2.0)
except TypeError as e:
    print(type(e).__name__, e)
class NoIdx:
    pass
try:
    data[NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
r = range(Idx(3), 20, 4)
print(r[Idx(1)], len(r), Idx(11).__index__() in r)
print(data[True], data[False:2])
