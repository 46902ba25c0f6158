# Exceptions raised by __index__, __len__, __iter__, __hash__, __eq__, __bool__... reach the
# program unchanged (issue 12, w5); only a missing protocol is the TypeError.
class Boom(Exception):
    pass


class Raises:
    def __index__(self):
        raise Boom("index")

    def __len__(self):
        raise Boom("len")

    def __iter__(self):
        raise Boom("iter")

    def __hash__(self):
        raise Boom("hash")

    def __eq__(self, other):
        raise Boom("eq")

    def __bool__(self):
        raise Boom("bool")

    def __int__(self):
        raise Boom("int")

    def __float__(self):
        raise Boom("float")


r = Raises()
cases = [
    ("list index", lambda: [1, 2][r]),
    ("tuple index", lambda: (1, 2)[r]),
    ("str index", lambda: "ab"[r]),
    ("range index", lambda: range(3)[r]),
    ("slice", lambda: [1, 2, 3][r:]),
    ("slice step", lambda: [1, 2, 3][::r]),
    ("list mul", lambda: [1] * r),
    ("str mul", lambda: "a" * r),
    ("range()", lambda: range(r)),
    ("hex", lambda: hex(r)),
    ("len", lambda: len(r)),
    ("iter", lambda: iter(r)),
    ("list()", lambda: list(r)),
    ("unpack", lambda: [a for a, b in [r]]),
    ("in", lambda: 1 in r),
    ("hash", lambda: hash(r)),
    ("dict key", lambda: {r: 1}),
    ("eq", lambda: r == 1),
    ("list eq", lambda: [r] == [1]),
    ("list in", lambda: 1 in [r]),
    ("bool", lambda: bool(r)),
    ("if", lambda: 1 if r else 2),
    ("not", lambda: not r),
    ("int", lambda: int(r)),
    ("float", lambda: float(r)),
    ("dict(seq)", lambda: dict([r])),
    ("sorted", lambda: sorted(r)),
    ("list slice assign", lambda: [1, 2].__setitem__(slice(0, 1), r)),
    ("enumerate", lambda: enumerate(r)),
    ("zip", lambda: list(zip(r))),
    ("bytes", lambda: bytes(r)),
    ("round", lambda: round(1.5, r)),
    ("str.ljust", lambda: "a".ljust(r)),
]
for name, fn in cases:
    try:
        fn()
        print(name, "no error")
    except Boom as e:
        print(name, "Boom", e)
    except TypeError as e:
        print(name, "TypeError", e)


class Missing:
    pass


m = Missing()
for name, fn in [
    ("list index", lambda: [1][m]),
    ("range index", lambda: range(3)[m]),
    ("slice", lambda: [1][m:]),
    ("unpack", lambda: [a for a, b in [m]]),
    ("in", lambda: 1 in m),
    ("list()", lambda: list(m)),
    ("dict(seq)", lambda: dict([m])),
    ("slice assign", lambda: [1, 2].__setitem__(slice(0, 1), m)),
]:
    try:
        fn()
    except TypeError as e:
        print(name, "TypeError", e)


class BadIndex:
    def __index__(self):
        return "nope"


try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError", e)


class Exits:
    def __index__(self):
        raise SystemExit(3)


try:
    [1][Exits()]
except SystemExit as e:
    print("SystemExit", e.code)
import sys


class C:
    def __index__(self):
        sys.exit(3)


print([1][C()])
