def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr("  a b  ".strip()))
print(repr("  a b  ".lstrip()))
print(repr("  a b  ".rstrip()))
print(repr("xxaxbxx".strip("x")))
print(repr("xyaxyx".strip("xy")))
print(repr("abc".strip("")))
print(repr("abc".strip(None)))
print(repr("\t\n a \r\x0b\x0c".strip()))
print(repr("\u3000a\xa0".strip()))
print(repr("ééaéé".strip("é")))
print(repr("www.example.com".lstrip("cmowz.")))
print(repr("mississippi".rstrip("ipz")))
print(repr("".strip()))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1))
t(lambda: "a".rstrip(b"a"))
t(lambda: "a".strip("a", "b"))
t(lambda: "a".strip(chars="a"))
