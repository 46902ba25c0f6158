import sys
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(15000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(15000))
