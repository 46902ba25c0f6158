def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{a} {b}".format_map({"a": 1, "b": 2}))
print("{a[0]}".format_map({"a": [5]}))
class M:
    def __getitem__(self, key):
        if key == "x":
            return 1
        return "<" + key + ">"
print("{x} {y}".format_map(M()))
print("plain".format_map({}))
print("{{}}".format_map({}))
print("a".format_map(1))
t(lambda: "{a}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{0}".format_map({"0": 1}))
t(lambda: "{".format_map({}))
t(lambda: "{a}".format_map(1))
t(lambda: "a".format_map())
t(lambda: "a".format_map({}, {}))
