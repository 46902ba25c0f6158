def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "aaaa"
print(s.count("a"), s.count("aa"), s.count(""), s.count("a", 1), s.count("a", 1, 3))
print("".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 5), "abc".count("", -1))
print("ababab".count("ab", -4), "ééé".count("é"), "x".count("xx"))
t(lambda: s.count(1))
t(lambda: s.count())
t(lambda: s.count("a", 1, 2, 3))
t(lambda: s.count("a", []))
