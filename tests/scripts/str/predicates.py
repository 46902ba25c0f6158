def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = ["", "abc", "ABC", "Abc", "123", "½", "²", "٣", "abc123", " \t\n", "\x1c", "a b", "Hello World", "Hello world", "ǅ", "_id", "1id", "if", "é", "\x00", "\n", "日本", "Ⅻ", "a\u0301"]
for s in cases:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
t(lambda: "a".isdigit(1))
t(lambda: "a".isalpha(1))
t(lambda: str.isspace(5))
