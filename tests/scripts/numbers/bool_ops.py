print(True & False, True | False, True ^ True, False ^ True, True & True)
print(True & 1, True | 2, 3 ^ True, ~True, -True, +False)
print(repr(True), str(False), True + True, True * 10, True / 2, True // 1)
print(bool(0), bool(1), bool(0.0), bool(''), bool([]), bool([0]), bool(None))
print(True == 1, False == 0, True is True, hash(True), hash(False))
print(isinstance(True, int), type(True).__name__, int(True), float(False))
x = True
x &= False
print(x)
y = False
y |= True
print(y)
print(True.__and__(True), False.__or__(False), True.__xor__(1))
print(sum([True, True, False]), max(True, 0), [True, False][True])
print(f"{True}", f"{True:d}", "%s %d" % (False, True))
