# Encoding strings that hold lone surrogates: each error handler.
s = '\ud800'
def show(text, *args):
    try:
        print(repr(text.encode(*args)))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, '|', e.start, e.end, e.reason, repr(e.object), e.encoding)
    except LookupError as e:
        print(type(e).__name__, e)
show(s)
show(s, 'utf-8')
show('ab' + s + '\udc00c', 'utf-8')
show('ab' + s + 'c' + '\udc00', 'utf-8')
for h in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass', 'surrogateescape']:
    show('x' + s + '\udcff' + 'y', 'utf-8', h)
show('\udc80\udcff', 'utf-8', 'surrogateescape')
show('\udc80' + s, 'utf-8', 'surrogateescape')
show('a\udc7f', 'utf-8', 'surrogateescape')
show(s, 'ascii')
show(s, 'ascii', 'surrogatepass')
show('\udc80', 'latin-1', 'surrogateescape')
show('\udc80\xe9', 'ascii', 'surrogateescape')
show('\u20ac' + s, 'latin-1')
show('\u20ac' + s, 'latin-1', 'backslashreplace')
show(s, 'utf-8', 'nosuchhandler')
b = b'a\xffb\x80'
print(b.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == b)
r = bytes('\ud800', 'utf-8', 'surrogatepass')
print(repr(r), repr(r.decode('utf-8', 'surrogatepass')))
