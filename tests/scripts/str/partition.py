def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("a=b=c".partition("="))
print("a=b=c".rpartition("="))
print("abc".partition("x"))
print("abc".rpartition("x"))
print("abc".partition("abc"))
print("ééxéé".partition("x"))
print("".partition("a"))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(1))
t(lambda: "a".partition())
t(lambda: "a".rpartition("a", "b"))
