def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["hello World", "HELLO", "hello", "", "123abc", "ß straße", "ǆemal", "İstanbul", "ΣΑΣ ΟΔΟΣ", "they're bill's", "a1b2c3", "ﬁre"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
t(lambda: "a".upper(1))
t(lambda: "a".lower(1))
t(lambda: "a".title(1))
t(lambda: "a".casefold(x=1))
t(lambda: str.upper(1))
t(lambda: str.lower())
