def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.startswith(("x", "he")), s.startswith(()), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith(("a", "d")), s.endswith("o", 0, -6))
print(s.startswith("lo", 3, 5), s.startswith("lo", 3, 4), s.endswith("", -3))
print(s.startswith("h", 2**70), s.endswith("d", -2**70))
t(lambda: s.startswith(1))
t(lambda: s.endswith(1))
t(lambda: s.startswith(("a", 1)))
t(lambda: s.endswith((1,)))
t(lambda: s.startswith())
t(lambda: s.startswith("a", "b"))
t(lambda: s.endswith(["a"]))
t(lambda: s.startswith(prefix="a"))
