def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3]
for x in l:
    if x == 1:
        l.remove(x)
print(l)
l = [1, 2]
it = iter(l); l.append(3); print(list(it))
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = [3, 2, 1]
def key(x):
    return -x
s.sort(key=key); print(s)
def bad(x):
    s.append(0)
    return x
t(s.sort, key=bad)
print(len(s) >= 3)
