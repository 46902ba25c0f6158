def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = list(range(6))
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
t(l.pop, 10)
t(l.pop, -10)
t([].pop)
t([].pop, 0)
t(l.pop, 1, 2)
t(l.pop, 'a')
print(l.pop(True), l)
