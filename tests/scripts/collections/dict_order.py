def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
for k in [5, 'b', 3, 'a', (1,)]:
    d[k] = str(k)
print(d, list(d))
del d[3]; d[3] = 'again'; print(list(d))
d['b'] = 'replaced'; print(list(d.items())[:2])
e = dict.fromkeys(range(10)); 
for i in range(0, 10, 2): del e[i]
e[0] = 0; print(list(e))
print(list({'z': 1, 'a': 2, 'm': 3}), {1: 'x', True: 'y'}, {1.0: 'a', 1: 'b'})
