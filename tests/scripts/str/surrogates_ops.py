# Core operations on strings holding lone surrogates.
s = '\ud800'
t = 'a' + s + 'b'
print(len(t), repr(t), repr(t[1]), repr(t[-2]), repr(t[1:]), repr(t[::-1]), repr(t[-1:0:-1]), repr(t[::2]))
print([repr(c) for c in t], [hex(ord(c)) for c in 'q\udc00\U0001f600'])
print(repr(t * 2), repr(3 * s), repr(s * 0), repr(', '.join([s, 'x', '\udc00'])), repr(s.join('abc')))
u = s
u += '\udc00'
print(repr(u), len(u))
print(s == '\ud800', s != '\udc00', s == '\ufffd', s < '\ue000', s > '\ud7ff', '\udc00' > s, s <= s)
print(repr(sorted(['b', s, 'a', '\ue000', '\ud7ff', '\U00010000', '\udfff'])))
print(repr(max(s, '\ud7ff')), repr(min(['\udc00', '\ud800'])))
print(hash(s) == hash(chr(0xd800)), s.__eq__('\ud800'), s.__lt__('\udc00'), s.__ne__('\ufffd'))
d = {s: 1, '\udc00': 2, '\ufffd': 3}
d[chr(0xd800)] = 10
print(len(d), d[s], d['\udc00'], d['\ufffd'], s in d, '\udc01' in d, repr(list(d)))
print(len({s, chr(0xd800), '\udc00', '\ufffd'}))
print(s in t, '\udc00' in t, 'a\ud800' in t, 'b' in t, '' in s, '\ufffd' in t)
print(t.find(s), t.rfind('b'), t.index('b'), t.count(s), t.find('\udc00'), t.find(s, 2))
print(repr(t.replace(s, '-')), repr(t.replace('a', '\udc01')), repr(('\ud800' * 3).replace('\ud800', 'xy', 2)))
print(repr(t.split(s)), repr(('x' + s + 'y' + s).split(s)), repr(' \ud800  q '.split()), repr(('a' + s).rsplit(s, 1)))
print(repr((' ' + s + ' ').strip()), repr((s + 'xx' + s).strip(s)), repr((s + 'y').lstrip(s)), repr(('y' + s).rstrip(s)))
print(t.startswith('a\ud800'), t.endswith(s + 'b'), t.startswith(('q', s), 1), t.endswith('\udc00'))
print(repr(s.partition(s)), repr(t.rpartition(s)), repr(s.removeprefix(s)), repr(t.removesuffix('b')))
print(repr(list(map(ord, 'x\ud800y'))), repr(tuple(s + s)))
print(bool(s), repr(str.__add__(s, 'z')), repr(s.__getitem__(0)), repr(s.__mul__(2)))
