n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
n = 0
while True:
    n += 1
    if n > 5:
        break
print("broke", n)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print("else runs", n)
n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("multiple of 3:", n)
else:
    print("finished", n)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        j += 1
    else:
        print("no break", i)
    i += 1
print(i, j)
stack = [1, [2, [3, 4]], 5]
out = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        out.append(top)
print(out)
