def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(repr("a\tb".expandtabs()))
print(repr("a\tb".expandtabs(4)))
print(repr("ab\tc\td\n\tx".expandtabs(3)))
print(repr("a\tb".expandtabs(0)))
print(repr("a\tb".expandtabs(-1)))
print(repr("a\tb".expandtabs(tabsize=2)))
print(repr("\r\tx".expandtabs(4)))
print(repr("no tabs".expandtabs()))
t(lambda: "a".expandtabs("x"))
t(lambda: "a".expandtabs(1, 2))
t(lambda: "a".expandtabs(x=1))
t(lambda: "a".expandtabs(2**40))
