# Other str methods keep lone surrogates as CPython does (they are not letters, have no case).
s = '\ud800'
print(repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.casefold()), repr(s.capitalize()), repr(s.title()))
print(repr(('a' + s + 'b').title()), repr(('a' + s).upper()), repr((s + 'B').lower()), repr(('x' + s + 'y').capitalize()))
for name in ['isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'islower',
             'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']:
    print(name, getattr(s, name)(), getattr('a' + s, name)(), getattr('A' + s, name)())
print(repr(s.center(5, '*')), repr('x'.center(3, s)), repr(s.zfill(3)), repr(s.ljust(3, s)), repr(s.rjust(2)))
print(repr(s.expandtabs()), repr(('\t' + s).expandtabs(4)), repr(('\ud800\n\udc00').splitlines()), repr(('a\udc00\r\n').splitlines(True)))
print(repr(s.translate({0xd800: 'q'})), repr('abc'.translate({ord('a'): '\udc00', ord('b'): 0xdfff})))
print(repr(str.maketrans('\ud800', 'x')), repr(str.maketrans({'\udc00': None})))
print(repr('\ud800-\udc00'.translate(str.maketrans('\ud800\udc00', 'ab'))))
try:
    int('\ud800')
except ValueError as e:
    print(e)
try:
    float('x\ud800')
except ValueError as e:
    print(e)
