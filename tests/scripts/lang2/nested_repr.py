d = {"a": [(1, 2), (3, "x")], "b": [], 3: ((),), (1, 2): {"in": [None, True]}}
print(d)
print(repr(d))
print(str([1, "two", 3.0, None]))
print([["nested", ["deep", ("t",)]], {"k": {"k2": [1]}}])
print((1,), ((1,),), [()], {(): []})
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(["a\nb", "\t", "\\", "\x00", "\x7f", "é"])
print({1: {2: {3: {4: "deep"}}}})
print([1.0, 2.5, -0.0, float("inf"), 1e-10])
print({"s": {1, }}, [frozenset()], [set()])
l = [1]
l.append(l)
print(l)
dd = {}
dd["self"] = dd
print(dd)
class R:
    def __repr__(self):
        return "R()"
print([R(), (R(), {"r": R()})])
print(str((1, "a")), str({"k": "v"}))
print(f"{[1, 'a']}", f"{ {'x': (1,)} }", f"{('a',)!s}")
print("%s %r" % ([1, "b"], ("c",)))
print(repr(b"bytes\x00"), [b"a", bytes(2)])
print({True: 1, None: 2, 1.5: 3})
print(range(3), [range(1, 5, 2)], slice(1, 2))
