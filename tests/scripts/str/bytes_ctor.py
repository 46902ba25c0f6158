def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"xy"), bytes(0))
print(bytes(bytes(2)), bytes([]), bytes(x for x in [97, 98]))
print(bytes("é", "latin-1"), bytes("é", "ascii", "replace"))
t(lambda: bytes("a"))
t(lambda: bytes(-1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(1, "utf-8"))
t(lambda: bytes("a", "nope"))
t(lambda: bytes("é", "ascii"))
print(len(b"abc"), b"abc"[0], b"abc"[-1], b"abcd"[1:3], b"ab" + b"cd", b"ab" * 2, b"a" in b"cab", 97 in b"a")
print(b"abc" == b"abc", b"a" < b"b", bytes.fromhex("41 42ff"), b"\x00\xff".hex(), b"".hex())
print(b"abc".__len__(), list(b"hi"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("4"))
