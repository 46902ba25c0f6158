def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b.upper(), b.lower())
print(b"a,b,,c".split(b","), b" a  b ".split(), b"a b c".split(None, 1), b"a,b,c".split(b",", 1), b"".split(), b"".split(b","))
print(b"a,b,c".rsplit(b",", 1), b" a b c ".rsplit(None, 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".find(108), b"hello".find(b"l", 3), b"hello".find(b""))
print(b"hello".index(b"e"), b"hello".count(b"l"), b"hello".count(108), b"aaa".count(b""), b"hello".count(b"l", 0, 3))
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".startswith((b"x", b"h")), b"hello".startswith(b"l", 2))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 1), b"abc".replace(b"", b"-"), b"abc".replace(b"b", b""))
print(b",".join([b"a", b"b"]), b"".join([]), b"-".join((b"x", b"y", b"z")))
print(b"123".isdigit(), b"abc".isalpha(), b" \t".isspace(), b"".isdigit())
print(b"abc".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcde".hex(":", -2))
t(lambda: b"a".split("a"))
t(lambda: b"a".split(b""))
t(lambda: b"a".find("a"))
t(lambda: b"a".find(300))
t(lambda: b"a".startswith("a"))
t(lambda: b"a".replace("a", "b"))
t(lambda: b"a".strip("a"))
t(lambda: b"a".count("a"))
t(lambda: b"a".join(["a"]))
t(lambda: b"a".join(5))
t(lambda: b"a".index(b"z"))
t(lambda: b"a".upper(1))
