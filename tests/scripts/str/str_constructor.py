def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(str(), str(5), str(1.5), str(None), str([1, "a"]), str((1,)), str(True))
print(str("abc"), str(b"abc"), str(b"abc", "utf-8"), str(b"ab", encoding="ascii"))
print(str(object="x"), str(b"\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"))
class R:
    def __repr__(self):
        return "R!"
class Q:
    def __str__(self):
        return "Q!"
print(str(R()), str(Q()))
class Bad:
    def __str__(self):
        return 5
t(lambda: str(Bad()))
t(lambda: str(1, "ascii"))
t(lambda: str("a", "ascii"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"a", "nope"))
t(lambda: str(1, 2, 3, 4))
t(lambda: str(x=1))
t(lambda: str(b"a", encoding=1))
print(type(str()), str is type("a"))
