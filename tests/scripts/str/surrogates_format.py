# f-strings, format() and % with lone surrogates.
s = '\ud800'
print(repr(f'<{s}>'), repr(f'{s!r}'), repr(f'{s!a}'), repr(f'{s:>4}'), repr(f'{s:*^5}'), repr(f'{s!s:.1}'))
print(repr('{}|{!r}|{:^5}'.format(s, s, s)), repr('{0}{0}'.format('\udc00')), repr('{x}'.format(x=s)))
print(repr('{}\udc80{}'.format(1, 2)), repr('\udc80{:}\ud800'.format('y')), repr('{a}'.format_map({'a': s})))
print(repr(format(s, '*^5')), repr(format(s)), repr(format(s, '')), repr(s.__format__('>3')))
print(repr('%s|%r|%3s|%-3s|%.0s|%c|%c' % (s, s, s, s, s, 0xdc80, '\udfff')))
print(repr('\ud800%s\udc00' % 'x'), repr('%(k)s' % {'k': s}), repr('%a' % s), repr('%5.1s|' % ('a' + s)))
class S:
    def __str__(self):
        return '\udc99'
    def __repr__(self):
        return 'S(\udc98)'
print(repr(f'{S()}'), repr(f'{S()!r}'), repr('%s %r' % (S(), S())), repr('{} {!r}'.format(S(), S())))
print(repr(repr(S())))
print(repr(str(['\ud800'])), repr(str(('\ud800',))), repr(str({'\ud800': '\udc00'})), ascii(['\udfff']))
