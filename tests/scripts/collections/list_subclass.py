def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list))
print(s.pop(), s)
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
g = Logged()
g.append(1); g.append(2); print(g)
g.extend([3]); print(g, g == [1, 2, 3], g + [4])
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(3), sum(Init(4)))
print(sorted(Stack([3, 1, 2])), list(reversed(Stack([1, 2]))))
t(hash, Stack())
s2 = Stack([5]); s2.sort(); s2 += [1]; print(s2, type(s2).__name__)
