def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tb = str.maketrans("abc", "xyz")
print(sorted((k, tb[k]) for k in tb))
print("aabbcc".translate(tb))
tb2 = str.maketrans("ab", "AB", "c")
print(sorted((k, tb2[k]) for k in tb2))
print("abcabc".translate(tb2))
m = str.maketrans({"a": "1", 98: None})
print(sorted((k, m[k]) for k in m))
print("abc".translate({97: "AA", 98: None, 99: 100}))
print("abc".translate({}))
print("abc".translate([None] * 98 + ["B"]))
t(lambda: "a".translate(1))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans(1, "a"))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: -1}))
t(lambda: str.maketrans())
