def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3, 2, 1]
l.remove(2); print(l)
l.remove(2); print(l)
t(l.remove, 2)
t(l.remove)
l = [1, 1.0, True]; l.remove(True); print(l)
l = [[1], (2,), 'x']; l.remove((2,)); print(l)
class E:
    def __repr__(self): return 'E()'
    def __eq__(self, o): return o == 5
l = [1, 5, E()]; l.remove(E()); print(l)
