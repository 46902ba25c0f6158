def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
l.insert(0, 'a'); print(l)
l.insert(100, 'end'); print(l)
l.insert(-1, 'pen'); print(l)
l.insert(-100, 'start'); print(l)
l.insert(2, None); print(l)
t(l.insert, 1)
t(l.insert, 'x', 1)
t(l.insert, 1.5, 1)
e = []; e.insert(5, 1); print(e)
l = [0]; l.insert(True, 'b'); print(l)
