def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


e = ""
print(e.split(), e.split(","), e.rsplit(), e.splitlines(), e.partition(","), e.rpartition(","))
print(repr(e.strip()), repr(e.upper()), repr(e.title()), repr(e.capitalize()), repr(e.center(0)), repr(e.zfill(0)))
print(e.find(""), e.rfind(""), e.count(""), e.startswith(""), e.endswith(""), e.find("", 1), e.startswith("", 1))
print(e.isdigit(), e.isalpha(), e.isspace(), e.isprintable(), e.isascii(), e.isidentifier(), e.istitle(), e.islower())
print(repr(e.replace("", "x")), repr(e.join([])), repr(e.expandtabs()), repr(e.swapcase()), repr(e.casefold()))
print(repr("".format()), repr(e.removeprefix("")), repr(e.encode()), repr(b"".decode()))
