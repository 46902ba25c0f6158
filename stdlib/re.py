"""Regular expressions (Python's syntax, on pyth's native engine _re over fancy-regex).

Patterns are compiled once and cached per interpreter; Pattern and Match are native types.
bytes patterns match on their latin-1 decoding and give bytes back.
"""

import _re
from _re import Pattern, Match

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M',
           'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']


# Members in CPython's definition order, which is also the order of their names in a repr.
_FLAG_NAMES = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128)]


class RegexFlag(int):
    """A combination of re flags: an int whose repr names them (re.IGNORECASE|re.DOTALL)."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        parts = []
        rest = value
        for name, bit in _FLAG_NAMES:
            if value & bit:
                parts.append('re.' + name)
                rest &= ~bit
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)

    @property
    def name(self):
        for name, bit in _FLAG_NAMES:
            if int(self) == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern (or replacement template) that is not a valid regular expression.

    msg: the bare message; pattern: the pattern; pos: the index in pattern where it went
    wrong (or None); lineno, colno: that position as a line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    p = _re.compile(pattern, flags, error, Pattern)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry (dicts keep insertion order).
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches all of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of the pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches replaced by repl (a template or a function of the Match)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new_string, number_of_substitutions), as sub()."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split at the matches; the groups' text is included in the result."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches: strings, or tuples of groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """pattern with every regex-special character backslashed."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    return bytes(b for c in pattern for b in ((92, c) if chr(c) in _SPECIAL else (c,)))
