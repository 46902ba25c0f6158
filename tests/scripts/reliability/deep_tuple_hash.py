# hash() of deeply nested tuples works at any depth (CPython computes it without a recursion
# limit), equals the hash of an equal tuple built separately, and still calls __hash__ of
# items inside.
def nest(depth, leaf):
    t = leaf
    for _ in range(depth):
        t = (t, 1)
    return t


a = nest(100000, ())
b = nest(100000, ())
print(hash(a) == hash(b), hash(a) == hash(a))
print(hash(nest(3, "x")) == hash(((("x", 1), 1), 1)))
print(hash(nest(20000, ("leaf",))) != hash(a))


class Key:
    calls = 0

    def __hash__(self):
        Key.calls += 1
        return 42


print(hash(nest(20000, Key())) == hash(nest(20000, Key())), Key.calls)
try:
    hash(nest(20000, [1]))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(()) == hash(()))
print(hash((1, 2, (3, 4))), hash(nest(1000, 7)))  # CPython 3.11 values (ints hash without randomisation)
