# Identifiers are NFKC-normalised (PEP 3131): different spellings are one name.
ℌ = 1
print(H)
ﬁnal = "ligature"
print(final)
𝐱 = 5
print(x, 𝐱)
def ｆｕｌｌ():
    return "fullwidth"
print(full())
class Ｋ:
    ａｔｔｒ = 3
print(K.attr, Ｋ.ａｔｔｒ)
print(getattr(K, "attr"))
try:
    getattr(K, "ａｔｔｒ")
except AttributeError as e:
    print("AttributeError", e)
print(sorted(n for n in globals() if not n.startswith("__")))
é = "composed"
print(é)
