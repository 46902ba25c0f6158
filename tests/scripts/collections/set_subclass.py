def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
tg = Tags([1, 2])
tg.add_all(3, 4)
print(tg, len(tg), 3 in tg, type(tg).__name__, isinstance(tg, set))
print(tg | {9}, type(tg | {9}).__name__, tg & {1}, tg - {1})
print(Tags(), repr(Tags([5])), str(Tags([6])))
print(tg == {1, 2, 3, 4}, tg.issubset(range(10)))
t(hash, tg)
class F(frozenset):
    pass
ff = F([1, 2])
print(ff, hash(ff) == hash(frozenset([1, 2])), type(ff).__name__, F())
class Logged(set):
    def add(self, x):
        print('add', x)
        super().add(x)
lg = Logged(); lg.add(1); lg.add(1); print(lg)
