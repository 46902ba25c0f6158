# __class__ assignment only between user classes of the same layout, as CPython (p8).
class O:
    pass


class O2:
    def hello(self):
        return "O2 now"


class E(Exception):
    pass


class E2(Exception):
    pass


class Q(int):
    pass


class R(list):
    pass


o = O()
try:
    o.__class__ = type(iter([]))
    next(o)
except TypeError as e:
    print("TypeError", e)
for t in [type(iter([])), int, list, object, Q, R, type(None), dict, E, type]:
    o = O()
    try:
        o.__class__ = t
        print("ok", t.__name__)
    except TypeError as e:
        print(t.__name__, e)
for v in [1, [], (), "s", None, object(), 2.5, {}]:
    try:
        v.__class__ = O
    except TypeError as e:
        print(type(v).__name__, e)
o = O()
o.__class__ = O2
print(o.hello(), type(o).__name__, isinstance(o, O2))
e = E("x")
e.__class__ = E2
print(type(e).__name__, e.args)
try:
    e.__class__ = O
except TypeError as err:
    print(err)
try:
    o.__class__ = 5
except TypeError as err:
    print(err)
q = Q(5)
try:
    q.__class__ = R
except TypeError as err:
    print(err)
