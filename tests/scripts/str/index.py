def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "abcabc"
print(s.index("b"), s.rindex("b"), s.index("c", 3), s.rindex("a", 0, 3))
print(s.index(""), s.rindex(""))
t(lambda: s.index("z"))
t(lambda: s.rindex("z"))
t(lambda: s.index("a", 1, 3))
t(lambda: s.index(5))
t(lambda: s.index())
t(lambda: s.rindex("a", "b"))
