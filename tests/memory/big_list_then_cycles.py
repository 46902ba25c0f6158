# A 1,000,000-int list stays alive while many collections run: memory does not grow beyond
# the list itself (the collector keeps no per-element state; ints are not tracked).
class Node:
    def __init__(self):
        self.other = None


big = list(range(1000000))
for i in range(50000):
    a, b = Node(), Node()
    a.other, b.other = b, a
print(len(big), sum(big[:10]))
