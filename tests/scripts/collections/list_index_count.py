def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3, 2, 1, 'a']
print(l.index(2), l.index(2, 2), l.index(1, -2), l.index('a'))
t(l.index, 2, 4)
t(l.index, 'b')
t(l.index, 1, 1, 4)
t(l.index)
t(l.index, 3, 0, -4)
print(l.index(3, -100, 100))
print(l.count(2), l.count(1), l.count('z'), [1, 1.0, True].count(1))
t(l.count)
t(l.index, [1])
t(l.index, 2, 'x')
