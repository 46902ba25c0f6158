def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello"
print(s.__len__(), s.__contains__("ell"), s.__contains__("x"), s.__getitem__(1), s.__getitem__(slice(1, 3)))
print(s.__add__(" world"), s.__mul__(2), s.__rmul__(3), "%s-%d".__mod__(("a", 1)))
print(str.__eq__("a", "a"), str.__eq__("a", "b"), str.__ne__("a", "b"), str.__eq__("a", 1))
print(str.__lt__("a", "b"), str.__le__("b", "b"), str.__gt__("a", "b"), str.__ge__("a", 1))
print(s.__hash__() == hash(s), list(s.__iter__()))
print(s.__format__(">7"), repr(s.__format__("")))
t(lambda: s.__getitem__(10))
t(lambda: s.__getitem__("x"))
t(lambda: s.__add__(1))
t(lambda: s.__mul__("x"))
t(lambda: s.__contains__(1))
t(lambda: str.__len__(1))
t(lambda: str.__add__(1, "a"))
t(lambda: "%d".__mod__("x"))
t(lambda: s + 1)
t(lambda: 1 + s)
t(lambda: s * "b")
t(lambda: s < 1)
t(lambda: s[10])
t(lambda: s["x"])
t(lambda: 1 in s)
print("a" * 0, repr("a" * -1), "ab" * 3, 3 * "ab", True * "x")
