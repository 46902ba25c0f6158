import sys

old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(15000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
