def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3 < 4)
print(1 < 3 < 2)
print(v(1) < v(5) < v(3))
print(v(5) < v(1) < v(3))
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
n0 = None
print(1 == 1 != 2, n0 is not n0 is not False, n0 is n0 is not False)
print("a" < "b" <= "b" < "c")
print([1] == [1] != [2], 3 in [1, 3] in [[1, 3]])
print(2 > 1 > 0 > -1, 2 > 1 > 1)
a = [1, 2]
print(a is a is not None)
print(1 < 2 == 2 > 1)
print(not 1 < 2 < 3, (1 < 2) < 3)
try:
    1 < "a" < 3
except TypeError as e:
    print(type(e).__name__, e)
print(0 < 0 < int("x") if False else "short")
print(0 < 0 < v(99))
r = [i for i in range(10) if 2 < i <= 5]
print(r)
print(1 < 2.5 < 3, -1 < True < 2, None is None == True)
