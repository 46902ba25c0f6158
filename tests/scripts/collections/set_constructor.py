def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(set(), set([1, 2, 2]), set((3,)), set(range(5)), set({1: 'a', 2: 'b'}))
print(set(x % 3 for x in range(10)), set(b'ab'))
t(set, 1)
t(set, [[1]])
t(set, [1], [2])
t(set, x=1)
s = {1}; c = set(s); print(c is s, c == s)
print(set([10, 20, 30, 40, 50, 60]), set([64, 8, 32, 16, 1]))
print({i * 8 for i in range(8)}, set([1000, 7, 300]))
print(sorted(set('mississippi')))
