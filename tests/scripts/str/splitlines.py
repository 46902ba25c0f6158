def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("a\nb\r\nc\rd".splitlines())
print("a\nb\r\nc\rd\n".splitlines(True))
print("a\nb".splitlines(keepends=True))
print("".splitlines())
print("\n".splitlines())
print("\n\n".splitlines(True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines())
print("x\r".splitlines(1))
t(lambda: "a".splitlines(1, 2))
t(lambda: "a".splitlines(x=1))
t(lambda: "a".splitlines("x"))
