def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("abc".encode())
print("héllo".encode())
print("héllo".encode("utf-8"))
print("héllo".encode("latin-1"))
print("héllo".encode("UTF8"), "a".encode("utf_8"), "a".encode("Latin1"), "a".encode("iso-8859-1"), "a".encode("us-ascii"))
print("日本".encode("utf-8"))
print("é€".encode("ascii", "ignore"), "é€".encode("ascii", "replace"), "é€".encode("ascii", errors="backslashreplace"))
print("aéb€".encode("ascii", "xmlcharrefreplace"))
print("a".encode(encoding="ascii"))
t(lambda: "é".encode("ascii"))
t(lambda: "aéé".encode("ascii"))
t(lambda: "€".encode("latin-1"))
t(lambda: "a".encode("foo"))
t(lambda: "é".encode("ascii", "xx"))
t(lambda: "a".encode(1))
t(lambda: "a".encode("utf-8", 1))
t(lambda: "a".encode("a", "b", "c"))
t(lambda: "a".encode(x=1))
