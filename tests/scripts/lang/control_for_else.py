for i in range(3):
    pass
else:
    print("for completed", i)
for i in range(10):
    if i == 4:
        print("breaking at", i)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("empty else")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print("inner else never")
    print("outer", i, j)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("done with continue")
