import re
for p in ['(', 'a)', '*a', 'a**', '[a', r'\q', '(?P<1>a)', '(?P=x)', r'(a)\2', 'a{2,1}',
          '(?i)a(?m)b', '(?P<a>x)(?P<a>y)', '(?#unterminated', '+', 'a|*', r'\x4', '(?z)',
          '(?P<n', 'ab\n(cd']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
for repl in [r'\2', r'\q', r'\g<x>', r'\g<', r'\g<1']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')).pattern, issubclass(re.error, Exception), re.error.__module__)
print(re.sub(r'\.', r'\-', 'a.b'), re.sub('(a)', r'\0', 'a') == '\x00')
for p in ['[z-a]', '[a-z]', '[9-0x]', '[--a]', '[a-]', '[\\d-z]']:
    try:
        print(p, re.findall(p, 'az-9'))
    except re.error as e:
        print(p, e)
