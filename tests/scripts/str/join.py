def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(",".join(["a", "b", "c"]))
print("".join(["a", "b"]))
print("-".join([]))
print("-".join(("x",)))
print(", ".join(str(i) for i in range(5)))
print("".join("abc"))
print("|".join({"k": 1, "j": 2}))
print(str.join(":", ["a", "b"]))
t(lambda: ",".join([1, 2]))
t(lambda: ",".join(["a", 2]))
t(lambda: ",".join(5))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: ",".join([b"a"]))
t(lambda: str.join(1, []))
