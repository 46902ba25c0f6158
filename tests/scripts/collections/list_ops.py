def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]; b = a
a += [3]; print(a, b is a)
a *= 2; print(a, b)
print([0] * 3, 3 * [0], [1, 2] * 0, [1] * -1)
print([1, 2] + [3], [] + [])
t(lambda: [1] + (2,))
t(lambda: [1] * 'a')
t(lambda: [1] * 1.5)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
t(lambda: [1] < ['a'])
print([1, 2] != [1, 2], 2 in [1, 2], 5 not in [1, 2])
x = [1]; x += (2, 3); x += 'ab'; print(x)
t(lambda: [] < 1)
