"""JSON encoding: JSONEncoder over pyth's native serializer (_json)."""

import _json

__all__ = ['JSONEncoder']


class JSONEncoder(object):
    """Turns Python objects into JSON text. Override default() to serialize other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The JSON-serializable stand-in for o; raise TypeError if there is none."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        return _json.encode(o, self.indent, self.item_separator, self.key_separator,
                            self.sort_keys, self.ensure_ascii, self.skipkeys,
                            self.allow_nan, self.check_circular, self.default)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, as an iterator of chunks (here: one chunk)."""
        return iter([self.encode(o)])
