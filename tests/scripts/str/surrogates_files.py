# Writing lone surrogates to text files and to stderr; print() to stdout comes last, where
# CPython's stdout (errors='surrogateescape' under the C and C.UTF-8 locales) raises
# UnicodeEncodeError for a surrogate outside U+DC80..U+DCFF.
import sys
name = '_tmp_surrogates_files.txt'
f = open(name, 'w')
try:
    f.write('ab\udc80')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason, repr(e.object))
f.write('ok\n')
f.close()
print(repr(open(name).read()))
with open(name, 'w', errors='replace') as f:
    print(f.write('x\ud800y\n'))
print(repr(open(name).read()))
with open(name, 'w', errors='ignore') as f:
    f.write('x\udfffy\n')
print(repr(open(name).read()))
with open(name, 'w', encoding='latin-1') as f:
    try:
        f.write('\xe9\u20ac\ud800z')
    except UnicodeEncodeError as e:
        print(e)
print(repr(open(name, 'rb').read()))
try:
    import os
    os.remove(name)
except ImportError:
    pass
print('to stderr', file=sys.stderr)
print('before')
print('a', '\ud800', 'b')
print('never printed')
