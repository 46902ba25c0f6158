def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


line = "  key = value # comment  "
k, _, v = line.partition("#")[0].strip().partition("=")
print(repr(k.strip()), repr(v.strip()))
csv = "name,age\nBob,30\nAlice,25\n"
rows = [r.split(",") for r in csv.strip().splitlines()]
print(rows)
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(w.capitalize() for w in words))
print(max(words, key=len), sorted(set(words)), sum(1 for w in words if w == "the"))
print("-".join(reversed(words)).upper().replace("THE", "a"))
print("{:<10}|{:>10}".format("left", "right"))
print(" ".join(f"{w:>6}" for w in words[:3]))
s = "Mississippi"
print({c: s.count(c) for c in sorted(set(s))})
print(s.lower().replace("ss", "SS").title().swapcase())
print("%-8s|" % "ab", "ab".ljust(8) + "|", "ab".rjust(8, ".") + "|")
print("a\tb\tc".expandtabs(4).split(" "))
print(str(123).zfill(6), "3.14".split(".")[1].ljust(4, "0"))
