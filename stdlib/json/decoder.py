"""JSON decoding: JSONDecoder and JSONDecodeError over pyth's native parser (_json)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A document that is not valid JSON.

    msg: the bare message; doc: the document; pos: where parsing failed (an index into doc);
    lineno, colno: that position as a 1-based line and column.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - line_start + 1
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Turns JSON text into Python objects (object -> dict, array -> list, ...)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _parse(self, s, idx, whole):
        # The float and int parsers are only handed over when they are not the defaults.
        parse_float = self.parse_float
        if parse_float is float:
            parse_float = None
        parse_int = self.parse_int
        if parse_int is int:
            parse_int = None
        return _json.decode(s, idx, whole, JSONDecodeError, self.object_hook,
                            self.object_pairs_hook, parse_float, parse_int,
                            self.parse_constant, self.strict)

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        return self._parse(s, 0, True)

    def raw_decode(self, s, idx=0):
        """(value, end) for the JSON value starting at s[idx]; text after it is allowed."""
        return self._parse(s, idx, False)
