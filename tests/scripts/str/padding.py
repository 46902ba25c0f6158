def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr("abc".center(9)), repr("abc".center(8)), repr("abc".center(2)), repr("ab".center(5, "*")))
print(repr("abc".ljust(6)), repr("abc".ljust(6, "-")), repr("abc".rjust(6)), repr("abc".rjust(6, "0")))
print(repr("é".center(4, "ü")), repr("abc".ljust(-1)), repr("".center(3)))
print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(5)), repr("abc".zfill(2)), repr("".zfill(3)), repr("-".zfill(3)), repr("a".zfill(-5)))
t(lambda: "a".center("x"))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".ljust())
t(lambda: "a".rjust(1, 2, 3))
t(lambda: "a".center(1.5))
t(lambda: "a".center(width=3))
t(lambda: "a".zfill())
t(lambda: "a".zfill("x"))
t(lambda: "a".zfill(1, 2))
t(lambda: "a".center(2**70))
