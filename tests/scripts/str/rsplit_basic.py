def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("a,b,c".rsplit(","))
print("a,b,c".rsplit(",", 1))
print("  a  b  c  ".rsplit(None, 1))
print("  a  b  c  ".rsplit())
print("a b c".rsplit(maxsplit=0))
print("   ".rsplit())
print("aXXbXXc".rsplit("XX", 1))
print("ééé".rsplit("é"))
t(lambda: "a".rsplit(""))
t(lambda: "a".rsplit(2))
t(lambda: "a".rsplit(y=2))
