x = "outer"
lst = [x for x in range(3)]
print(lst, x)
gen = list(x for x in "ab")
print(gen, x)
d = {k: v for k, v in [(1, 2), (3, 4)]}
print(d)
s = {c for c in "hello"}
print(sorted(s))
def f():
    n = 3
    return [i * n for i in range(n)]
print(f())
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
flat = [y for row in nested for y in row if y % 2 == 0]
print(flat)
print([(i, j) for i in range(3) for j in range(i)])
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
print([w for w in (1, 2, 3) if w > 1 if w < 3])
total = sum(i * i for i in range(10))
print(total)
print({i % 3: i for i in range(10)})
print([(lambda v: v + 1)(i) for i in range(3)])
