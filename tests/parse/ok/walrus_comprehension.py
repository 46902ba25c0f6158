ys = [y for x in xs if (y := f(x)) is not None]
print(z := 1)
f(x := 1, y=(z := 2))
