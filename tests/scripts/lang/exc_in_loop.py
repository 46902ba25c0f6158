for i in range(3):
    try:
        1 // 0
    except ZeroDivisionError:
        print("caught in for", i)
n = 0
while n < 3:
    n += 1
    try:
        raise KeyError(n)
    except KeyError as e:
        print("caught in while", e)
def f():
    total = 0
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        except ValueError:
            total += 100
    return total
print(f())
for fn in [lambda: [][0], lambda: {}["k"], lambda: 1]:
    try:
        fn()
        print("no error")
    except (IndexError, KeyError) as e:
        print("caught", type(e).__name__)
print([x for x in range(3)])
