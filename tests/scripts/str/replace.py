def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("aaa".replace("a", "b"))
print("aaa".replace("a", "b", 2))
print("aaa".replace("a", "b", 0))
print("aaa".replace("a", "b", -1))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("abcabc".replace("bc", ""))
print("ééé".replace("é", "e"))
print("hello".replace("l", "L", 1))
print("x".replace("y", "z"))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 2))
t(lambda: "a".replace("a"))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a", "b", count=1))
t(lambda: "a".replace("a", "b", 1, 2))
t(lambda: "a".replace("a", "b", 2**70))
