# Reference cycles are collected: memory stays flat (CPython: ~13 MB peak RSS). The
# reliability case e1 with 100,000 iterations instead of 300,000 (the debug build is slow);
# without a collector pyth reached ~290 MB here.
class Node:
    def __init__(self):
        self.other = None
def outer(n):
    def rec(k):
        return 0 if k == 0 else rec(k - 1)
    return rec(n)
for i in range(100000):
    outer(3)
    a, b = Node(), Node()
    a.other, b.other = b, a
print("done")
