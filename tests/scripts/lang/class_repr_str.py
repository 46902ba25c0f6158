class A:
    pass
print(str(A()).startswith("<__main__.A object at 0x"))
class R:
    def __repr__(self):
        return "R()"
r = R()
print(r, str(r), repr(r), [r], (r,), {"k": r})
print(f"{r}", f"{r!r}", "%s %r" % (r, r))
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
s = S()
print(s, str(s), repr(s), [s])
print(f"{s} {s!r} {s!s}")
print("{} {!r}".format(s, s))
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), repr(OnlyStr()).startswith("<__main__.OnlyStr"))
class Nested:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Nested(%r)" % (self.v,)
print(Nested([Nested("a"), Nested(1)]))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return "Fmt<" + spec + ">"
print(f"{Fmt():abc}", format(Fmt(), "x"))
