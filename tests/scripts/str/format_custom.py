def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class C:
    def __format__(self, spec):
        return "C[" + spec + "]"
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
print("{}".format(C()))
print("{:abc}".format(C()))
print("{!r}".format(C()))
print("{!s:>8}".format(C()))
print("{:{}}".format(C(), "xy"))
print(format(C(), "q"))
class F:
    def __format__(self, spec):
        return 5
t(lambda: "{}".format(F()))
class N:
    pass
print("{}".format(N()).startswith("<"))
t(lambda: "{:d}".format(N()))
print("{0:>{1}}|{0:<{1}}".format("ab", 4))
print("{:*^{}}".format("mid", 9))
print("{}".format(True), "{:d}".format(True), "{:>5}".format(True))
