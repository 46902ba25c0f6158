a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
x, *y = (1,)
print(x, y)
[p, q] = "pq"
print(p, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print(e)
try:
    m, *n, o = [1]
except ValueError as e:
    print(e)
try:
    m, n = 5
except TypeError as e:
    print(e)
print([*range(3), *"ab"])
print((*[1, 2], 3))
print({*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
a = b = c = [0]
print(a is b is c)
x = y = 7
print(x, y)
(a, b), (c, d) = [[1, 2], [3, 4]]
print(a, b, c, d)
*_, last_one = [9, 8, 7]
print(last_one)
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
print(lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)
((a, *b), c) = ("xyz", 1)
print(a, b, c)
