def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(type(s).__name__, s, len(s), s.shout(), type(s.upper()).__name__)
print(s + "x", "x" + s, s * 2, s == "hello", "hello" == s, s != "x")
print(s.split("l"), s.replace("l", "L"), s[1:3], s[0], "ell" in s)
print(isinstance(s, str), isinstance(s, S), hash(s) == hash("hello"))
print("{}".format(s), "%s" % s, str(s), repr(s))
print(",".join([s, S("b")]), s.startswith(S("he")), "hello".find(S("l")))
d = {s: 1}
print(d["hello"], d[S("hello")])
print(sorted([S("b"), S("a"), "c"]))
print(s.strip("ho"), s.center(9, "*"), s.encode())
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(T("ab"), type(T("ab")).__name__, len(T("ab")))
class U(str):
    def __str__(self):
        return "U-str"
u = U("base")
print(str(u), u.upper(), "{}".format(u) if False else "", u + "!")
print(S(), repr(S()), S(42), S(b"x"), S(b"x", "ascii"))
