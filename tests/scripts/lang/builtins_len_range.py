print(len([]), len("abc"), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(10)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3)))
r = range(1, 10, 2)
print(r, len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r, r.index(7), r.count(3))
print(range(3) == range(0, 3), list(reversed(range(4))))
print(sum(range(101)), len(range(0, 100, 7)))
print(range(10)[::-1], list(range(10)[::3]))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(range(10**20)[-1])
print(len(range(-5, 5)), repr(range(0, 5, 1)), range(0, 5, 2))
