print([y for x in [1, 2, 3] if (y := x * 2) > 2])
print(y)
def f():
    [(last := i) for i in range(5)]
    return last
print(f())
