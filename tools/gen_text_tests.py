"""Generate the #[cfg(test)] assertions for text.rs; expected values come from python3."""
import unicodedata

def lit(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 0x20 <= o < 0x7f: out.append(ch)
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '\r': out.append('\\r')
        elif o >= 0xa0 and ch.isprintable() and unicodedata.category(ch)[0] in 'LNPS': out.append(ch)
        else: out.append('\\u{%x}' % o)
    return '"' + ''.join(out) + '"'

def clit(c):
    s = lit(c)[1:-1]
    return "'" + (s.replace('\\"', '"').replace("'", "\\'")) + "'"

def opt(v, f=repr):
    return 'None' if v is None else f'Some({f(v)})'

def optstr(v):
    return 'None' if v is None else f'Some({lit(v)})'

def vec(xs):
    return 'vec![' + ', '.join(lit(x) for x in xs) + ']' if xs else 'Vec::<&str>::new()'

L = []
def A(rust, expected):
    if expected == 'true': L.append(f'assert!({rust});')
    elif expected == 'false': L.append(f'assert!(!{rust});')
    else: L.append(f'assert_eq!({rust}, {expected});')

def b(v): return "true" if v else "false"  # rewritten to assert!(..) by the assembler

def split(s, sep=None, n=-1):
    A(f'split({lit(s)}, {optstr(sep)}, {n}).unwrap()', vec(s.split(sep, n)))
def rsplit(s, sep=None, n=-1):
    A(f'rsplit({lit(s)}, {optstr(sep)}, {n}).unwrap()', vec(s.rsplit(sep, n)))
def splitlines(s, k=False):
    A(f'splitlines({lit(s)}, {b(k)})', vec(s.splitlines(k)))
def partition(s, sep):
    A(f'partition({lit(s)}, {lit(sep)}).unwrap()', '(' + ', '.join(lit(x) for x in s.partition(sep)) + ')')
def rpartition(s, sep):
    A(f'rpartition({lit(s)}, {lit(sep)}).unwrap()', '(' + ', '.join(lit(x) for x in s.rpartition(sep)) + ')')
def strip3(s, chars=None):
    for name in ('strip', 'lstrip', 'rstrip'):
        A(f'{name}({lit(s)}, {optstr(chars)})', lit(getattr(s, name)(chars)))
def search(name, s, sub, start=None, end=None):
    args = [x for x in (start, end)]
    if end is not None and start is None: pyargs = (0 if start is None else start, end)
    else: pyargs = tuple(x for x in args if x is not None)
    if start is None and end is not None:
        pyargs = (None, end)
    r = getattr(s, name)(sub, *pyargs)
    exp = b(r) if isinstance(r, bool) else repr(r)
    A(f'{name}({lit(s)}, {lit(sub)}, {opt(start)}, {opt(end)})', exp)
def replace(s, old, new, n=-1):
    A(f'replace({lit(s)}, {lit(old)}, {lit(new)}, {n}).unwrap()', lit(s.replace(old, new, n)))
def case(name, s):
    A(f'{name}({lit(s)})', lit(getattr(s, name)()))
def pred(name, s):
    A(f'{name}({lit(s)})', b(getattr(s, name)()))
def pad(name, s, w, fill=' '):
    A(f'{name}({lit(s)}, {w}, {clit(fill)}).unwrap()', lit(getattr(s, name)(w, fill)))
def zfill(s, w):
    A(f'zfill({lit(s)}, {w}).unwrap()', lit(s.zfill(w)))
def expandtabs(s, t=8):
    A(f'expandtabs({lit(s)}, {t}).unwrap()', lit(s.expandtabs(t)))
def sl(s, start, stop, step):
    a, b_, c = slice(start, stop, step).indices(len(s))
    A(f'slice({lit(s)}, {a}, {b_}, {c})', lit(s[start:stop:step]))

W = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000'
# split / rsplit
for s in ['  a  b  c  ', 'a b c', '', '   ', 'héllo wörld\u3000x\x85y\xa0z', 'a\x1cb\x1fc', 'a\u200bb c', '\u2003α β\u2003']:
    for n in (-1, 0, 1, 2):
        split(s, None, n); rsplit(s, None, n)
for s, sep in [('a,b,,c,', ','), ('aaa', 'aa'), ('', ','), ('α--β--γ', '--'), ('abc', 'x'), ('a→b→c', '→')]:
    for n in (-1, 0, 1):
        split(s, sep, n); rsplit(s, sep, n)
for s in ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', 'x\n\ny\n', '', '\n', 'no breaks', 'a\x1fb', 'r\r\r\n']:
    splitlines(s); splitlines(s, True)
for s, sep in [('a=b=c', '='), ('abc', 'x'), ('αβγβδ', 'β'), ('key: value', ': '), ('', 'x')]:
    partition(s, sep); rpartition(s, sep)
# strip
for s, ch in [('  hi  ', None), ('\x1c\x85 hé \u3000\u2028', None), ('', None), ('   ', None), ('xxhixx', 'x'), ('abcba', 'ab'),
              ('ααβγαα', 'α'), ('héh', 'h'), ('  keep  ', ''), ('«quoted»', '«»'), ('\u200bzw\u200b', None)]:
    strip3(s, ch)
# searching
S = 'hello world hello'
U = 'αβγ αβγ ≠ 日本日本'
for name in ('find', 'rfind', 'count'):
    for sub, st, en in [('hello', None, None), ('o', None, None), ('o', 5, None), ('o', -5, None), ('o', None, -3), ('', None, None),
                        ('', 5, None), ('', 17, None), ('', 18, None), ('', -2, None), ('xyz', None, None), ('l', 3, 4), ('l', 2, 3), ('', 5, 3)]:
        search(name, S, sub, st, en)
    for sub, st, en in [('αβγ', None, None), ('β', 2, None), ('日本', None, None), ('日本', -3, None), ('≠', 0, 9), ('≠', 0, 8), ('', 3, None), ('', 20, None), ('本', -1, None)]:
        search(name, U, sub, st, en)
search('count', 'aaaa', 'aa'); search('count', 'abc', ''); search('count', 'abc', '', 5); search('count', 'abc', '', 3)
search('find', 'abc', '', 5); search('find', 'abc', '', 3); search('rfind', 'abc', '', 1, 2)
for name in ('startswith', 'endswith'):
    for sub, st, en in [('hello', None, None), ('world', 6, None), ('world', 6, 11), ('', 17, None), ('', 18, None), ('hello', -5, None), ('lo', None, 5), ('', 3, 2)]:
        search(name, S, sub, st, en)
    for sub, st, en in [('αβ', None, None), ('本', None, None), ('日本', -4, -2), ('γ', 2, 3), ('≠', 8, None)]:
        search(name, U, sub, st, en)
# replace
for s, o, n, c in [('abc', '', '-', -1), ('abc', '', '-', 2), ('abc', '', '-', 0), ('', '', 'x', -1), ('aaa', 'a', 'bb', -1), ('aaa', 'a', 'bb', 2),
                   ('aaaa', 'aa', 'x', -1), ('hello', 'l', '', -1), ('αβα', 'α', 'ab', -1), ('αβ', '', '·', -1), ('none', 'x', 'y', -1), ('x', 'x', 'y', 0)]:
    replace(s, o, n, c)
# case
for s in ['hello World', "they're bill's friends", 'ΣΑΣ', 'ΑΣ ΑΣ', 'Σ', 'aΣ', 'AΣb', 'AΣ.', 'ß', 'straße', 'ǆemal ǅ Ǆ', 'ﬁre', 'İstanbul', 'ΐ', '123abc', 'hello_world-foo', 'ÉCOLE élève', 'ᾳ ᾼ', 'ŉ', 'A\u0345Σ', 'Σ\u0301a', 'x1y', '', 'ABC def', 'Σ.Σ', '𐐨𐐀']:
    for name in ('upper', 'lower', 'swapcase', 'title', 'capitalize'):
        case(name, s)
# predicates
P = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc123', '123', '²', '½', '①', '٣', 'Ⅻ', '一', '१२', 'αβγ', 'ΑΒΓ', 'Ǆ', 'ǅ', 'ǅa', 'ǆ', ' \t\n', '\x1c', '\x85', '\u200b', '\xa0',
     'a b', 'é', 'e\u0301', '_x1', '1x', 'x-y', 'ñandú', 'café_2', 'ℌ', '\x7f', 'a\u2028', '\u00ad', 'ǅungla Ǆ', "They'Re", 'ʰ', 'ª', '\U0001F600', 'Ⅷ']
for name in ('isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii'):
    for s in P:
        pred(name, s)
# padding
for s in ['ab', 'abc', 'a', '', 'héllo', '日本']:
    for w in (-1, 0, 2, 5, 6, 7, 8):
        pad('center', s, w, '*'); pad('ljust', s, w, '·'); pad('rjust', s, w, ' ')
for s in ['-42', '+7', '42', '', '-', 'abc', '--1', 'α']:
    for w in (0, 1, 3, 6):
        zfill(s, w)
for s in ['a\tbc\td', '\t', 'ab\n\tc', 'x\r\ty', '日\t本', 'no tabs', '12345678\tx', '']:
    for t in (8, 4, 1, 0, -3):
        expandtabs(s, t)
# slicing
for s in ['hello world', 'αβγδεζ', '日本語テキスト', '']:
    for st, sp, step in [(None, None, 1), (1, 4, 1), (None, None, -1), (None, None, 2), (1, None, 3), (-2, None, -2), (5, 1, -1), (4, 1, 1), (-100, 100, 1), (None, None, -4), (3, None, -1)]:
        sl(s, st, sp, step)
print('\n'.join('        ' + l for l in L))
