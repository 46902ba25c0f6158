def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
print(k & {2, 3, 4}, k | {4}, k - {1}, k ^ {3, 4})
print({2, 5} & k, {5} | k, {1, 2, 9} - k, {9} ^ k)
print(k & [1, 9], k - (1,), k | range(5, 7))
print(k == {1, 2, 3}, k == {1}, k != {1}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3})
e = {3: 0, 4: 0}
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(k.isdisjoint({7}), k.isdisjoint([1]), k.isdisjoint(e))
i = d.items()
print(i & {(1, 'a'), (2, 'x')}, sorted(i - {(1, 'a')}))
print((1, 'a') in i, (1, 'b') in i, 1 in i, 'a' in d.values(), 'z' in d.values())
t(lambda: k & 5)
t(lambda: k + {1})
t(hash, k)
print(d.values() == d.values(), bool({}.keys()), bool(k))
print(k == [1, 2, 3], k == k)
