def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("prefix_body".removeprefix("prefix_"))
print("prefix_body".removeprefix("x"))
print("prefix_body".removeprefix(""))
print("body.py".removesuffix(".py"))
print("body.py".removesuffix(".txt"))
print("body.py".removesuffix(""))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(None))
t(lambda: "a".removesuffix())
t(lambda: "a".removeprefix("a", "b"))
