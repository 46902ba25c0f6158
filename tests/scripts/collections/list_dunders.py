def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
print(l.__len__(), l.__contains__(2), l.__contains__(5))
print(l.__getitem__(0), l.__getitem__(slice(1, None)))
l.__setitem__(0, 'x'); print(l)
l.__delitem__(0); print(l)
print(l.__add__([9]), l.__mul__(2), l.__rmul__(2))
t(l.__add__, (1,))
t(l.__mul__, 'a')
print(l.__eq__([2, 3]), l.__eq__((2, 3)), l.__ne__([1]))
print(l.__lt__([3]), l.__le__([2, 3]), l.__gt__([2]), l.__ge__([2, 4]))
print(list(l.__iter__()), list(l.__reversed__()))
r = l.__iadd__([7]); print(r is l, l)
r = l.__imul__(2); print(r is l, l)
t(l.__getitem__, 10)
print(repr(l), l.__repr__())
