def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ws = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\ufeff"]
for w in ws:
    print(repr(w), w.isspace(), ("a" + w + "b").split(), repr((w + "x" + w).strip()))
