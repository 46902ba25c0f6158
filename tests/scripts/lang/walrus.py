data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print((total := 10) + total)
def f():
    [(last := i) for i in range(5)]
    return last
print(f())

print(any((hit := w).startswith("b") for w in ["apple", "banana", "cherry"]), hit)
x = (z := 3, 4)
print(x, z)
print(f"{(w := 5)} {w}")
