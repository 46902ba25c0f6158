def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 5), s.find("xyz"))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"))
print(s.find(""), s.find("", 5), s.find("", 100), s.rfind(""), s.rfind("", 3, 7))
print(s.find("o", -5), s.find("o", -100, -5), s.find("l", None, None))
print("héllo".find("l"), "héllo".rfind("l"), "日本語".find("語"))
print("abc".find("c", 2**70), "abc".find("a", -2**70))
t(lambda: s.find(1))
t(lambda: s.find("a", "x"))
t(lambda: s.find())
t(lambda: s.find("a", 1, 2, 3))
t(lambda: s.find(sub="a"))
t(lambda: s.rfind(None))
t(lambda: s.find("a", 1.0))
