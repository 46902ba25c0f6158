def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, frozenset(), frozenset(range(3)))
print(f | {9}, f & {1, 9}, f - {1}, f ^ {1, 4})
print({9} | f, {1, 9} & f, type({9} | f).__name__, type(f | {9}).__name__)
print(f.union([7]), f.intersection([1]), f.difference([1]), f.symmetric_difference([1]))
print(hash(f) == hash(frozenset([1, 2, 3])), {f: 'v'}[frozenset({1, 2, 3})])
t(getattr, f, 'add')
g = f; g |= {5}; print(g, f, g is f)
print(frozenset(f) is f, f.copy() is f, f == {1, 2, 3})
print(hash(frozenset()) == hash(frozenset([])))
print({frozenset({1}), frozenset({1})})
t(frozenset, 1)
t(frozenset, [[1]])
