# Lone surrogates (U+D800..U+DFFF) are code points: creating strings that hold them.
s = chr(0xd800)
print(ord(s), len(s), repr(s), ascii(s))
print(ord(chr(0xdfff)), ord('\udc80'), ord('\U0000dbff'), repr(chr(0xdabc)))
# A literal keeps a pair of escapes as two surrogates (unlike '\U0001f600').
pair = '\ud83d\ude00'
print(len(pair), [hex(ord(c)) for c in pair], pair == '\U0001f600', repr(pair))
print(repr('x' '\ud800' 'y'), repr(f'\ud800{1}\udc80'), repr(rf'\ud800'), repr(r'\udc80'))
print(repr("""tri\udc80ple"""), repr('\x41\ud800\101'), repr('\N{SNOWMAN}\udfff'))
def f():
    "doc\ud800"
    return '\udfff', '\ud800', '\udfff' == chr(57343)
print(repr(f.__doc__), f())
print(eval("'\\ud800'") == s, repr(eval("'\\udc00' + 'z'")))
exec("q = '\\ud801'")
print(repr(q))
# Two constants that differ only in their surrogate stay two constants.
print('\ud800' == '\udc00', '\ud800' == '\ufffd', repr(['\ud800', '\udc00', '\ufffd']))
# Decoding.
print(repr(b'a\xffb\xed\xa0\x80'.decode('utf-8', 'surrogateescape')))
print(repr(b'a\xed\xa0\x80\xed\xb0\x80'.decode('utf-8', 'surrogatepass')))
print(repr(b'a\xff'.decode('ascii', 'surrogateescape')), repr(str(b'\xfe', 'utf-8', 'surrogateescape')))
x = b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')
print(repr(x), x == s, len(x))
for errors in ['strict', 'surrogatepass']:
    try:
        b'a\xed\xa0'.decode('utf-8', errors)
    except UnicodeDecodeError as e:
        print(errors, e)
try:
    b'\xed\xa0\x80'.decode()
except UnicodeDecodeError as e:
    print(e)
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'replace')))
# str() of objects.
class S:
    def __str__(self):
        return '\udc99'
print(repr(str(S())), repr(str(s)), repr(str(ValueError('\ud800'))), repr(str(KeyError('\udc00'))))
class T(str):
    pass
print(repr(str(T('a\ud800'))), repr(T('\ud800') + 'b'))
print(repr(chr(0xd7ff)), repr(chr(0xe000)))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
