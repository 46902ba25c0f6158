# The 4300-digit limit of int<->str conversion is checked before converting, everywhere
# (issue 12, h3 and the one-liners).
big = 1 << 10**8
for name, fn in [
    ("repr", lambda: repr(big)),
    ("str", lambda: str(big)),
    ("f-string", lambda: f"{big}"),
    ("format d", lambda: format(big, "d")),
    ("format n", lambda: format(big, "n")),
    ("percent d", lambda: "%d" % big),
    ("percent i", lambda: "%i" % big),
    ("print", lambda: print(big)),
    ("repr in list", lambda: repr([big])),
    ("str 10**5000", lambda: str(10**5000)),
    ("negative", lambda: str(-(10**4300))),
    ("int()", lambda: int("9" * 5000)),
    ("int() negative", lambda: int("-" + "9" * 4301)),
    ("2**14300", lambda: repr(2**14300)),
]:
    try:
        fn()
        print(name, "no error")
    except ValueError as e:
        print(name, "ValueError", e)
print(len(str(10**4299)), len(str(-(10**4299))), len(repr(int("9" * 4300))))
print(len(hex(big)), len(bin(2**20000)), len(oct(2**20000)), len(format(2**20000, "x")))
print(len("%x" % 2**20000), int("1" * 4300) % 7)
