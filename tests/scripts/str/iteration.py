def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "héllo"
print(list(s), len(s), s[1], s[-1], s[::-1], s[1:4], s[::2])
for i, c in enumerate("abc"):
    print(i, c, ord(c))
print(sorted("hello"), max("abc"), min("abc"), set("aab") == {"a", "b"})
print("".join(reversed("abc")), [c.upper() for c in "ab"], "b" in "abc", "" in "abc", "x" not in "abc")
it = iter("ab")
print(next(it), next(it))
t(lambda: next(it))
print(chr(233), ord("é"), "é" < "z", "a" < "b" < "c", "abc" < "abd", "Z" < "a", "" < "a")
print(len("日本語"), "日本語"[1], "日本語".encode())
