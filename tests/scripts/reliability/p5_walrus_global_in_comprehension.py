# A walrus in a comprehension binds in the enclosing function's scope: when that function
# declares the name global (or nonlocal), so does the walrus (issue 12, p5).
def f():
    global G
    print([G := i for i in range(3)])


f()
print(G)


def nested_comprehensions():
    global H
    return [[H := i * j for j in range(2)] for i in range(3)], H


print(nested_comprehensions(), H)


def outer():
    n = 0

    def inner():
        nonlocal n
        return [n := n + i for i in range(4)]

    r = inner()
    return r, n


print(outer())


def generator_expression():
    global K
    return sum((K := i) for i in range(5)), K


print(generator_expression(), K)


def local_walrus():
    [m := i for i in range(3)]
    return m


print(local_walrus())


def filter_walrus():
    global F
    return [y for x in range(6) if (F := x) % 2 == 0 for y in [x]], F


print(filter_walrus())
