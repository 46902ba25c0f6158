def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

data = {'xs': [3, 1, 2], 'meta': {'n': 3}, 't': (1, [2])}
data['xs'].sort(); data['meta'].update(m=1); data['t'][1].append(3)
print(data)
matrix = [[0] * 3 for _ in range(2)]; matrix[0][1] = 5; print(matrix)
alias = [[0] * 2] * 2; alias[0][0] = 1; print(alias)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}; print(inv)
groups = {}
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(w[0], []).append(w)
print(groups, sorted(groups), [len(v) for v in groups.values()])
l = [1]; l.append(l); print(l)
d = {}; d['self'] = d; print(d)
print(sorted({3: 'c', 1: 'a'}.items()), list(map(len, [[1], [], [1, 2]])))
