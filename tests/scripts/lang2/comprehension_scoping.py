x = "outer"
print([x for x in range(3)], x)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([(a, b) for a in range(3) for b in range(a)])
print([y for row in matrix for y in row if y % 2 if y > 2])
print({k: [v for v in range(k)] for k in range(4)})
print(sorted({c for w in ["ab", "bc"] for c in w}))
print(list(i * j for i in range(1, 3) for j in range(1, 3)))
n = 10
def f():
    n = 2
    return [n * i for i in range(3)]
print(f())
class C:
    val = 5
    items = [val for _ in range(2)] if False else None
    try:
        bad = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.err)
print([lambda: i for i in range(3)][0]())
print([(lambda i=i: i)() for i in range(3)])
g = (i for i in range(3))
print(sum(g), sum(g))
print([[j for j in range(i)] for i in range(4)])
i = "keep"
_ = [i for i in "abc"]
print(i)
