def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': [2], 3: (4,)}
print(d.keys()); print(d.values()); print(d.items())
print(repr(d.keys()), str(d.values()))
print({}.keys(), {}.values(), {}.items())
k = d.keys()
d['new'] = 0
print(k, len(k))
del d['a']
print(k, list(k))
print(type(k).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(f'{d.keys()}', [d.items()])
