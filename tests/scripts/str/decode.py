def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b"abc".decode())
print(b"h\xc3\xa9llo".decode())
print(b"h\xe9llo".decode("latin-1"))
print(b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(b"a\xffb".decode("ascii", "replace"), b"a\xffb".decode(errors="ignore"))
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"), str(b"a", errors="strict"))
for b in [b"\xff", b"\xe4\xb8", b"\xe4", b"\xe4a", b"\xc0\x80", b"ab\xed\xa0\x80", b"\xf0\x90\x80", b"\xf0\x90\x80a", b"\x80"]:
    t(lambda: b.decode())
t(lambda: b"\xff".decode("ascii"))
t(lambda: b"a".decode("foo"))
t(lambda: b"a".decode(x=1))
t(lambda: str(1, "ascii"))
t(lambda: str("a", "ascii"))
t(lambda: str(x=1))
t(lambda: str(1, 2, 3, 4))
print(str(object=5), repr(str()), str(b"ab"))
