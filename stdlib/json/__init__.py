"""JSON (RFC 8259) encoding and decoding: dumps/loads, dump/load, JSONEncoder, JSONDecoder.

The parser and serializer are native (_json); the classes are here so that they can be
subclassed and passed as cls=.
"""

import _json
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None, default=None,
          sort_keys=False, **kw):
    """The JSON text of obj."""
    if cls is None and not kw:
        if separators is None:
            separators = (',', ': ') if indent is not None else (', ', ': ')
        item_separator, key_separator = separators
        return _json.encode(obj, indent, item_separator, key_separator, sort_keys,
                            ensure_ascii, skipkeys, allow_nan, check_circular, default)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, **kw):
    """Writes the JSON text of obj to the file fp."""
    fp.write(dumps(obj, **kw))


try:
    _BINARY = (bytes, bytearray)
except NameError:  # a pyth without bytearray
    _BINARY = (bytes,)


def _text_of(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if not isinstance(s, _BINARY):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    data = bytes(s)
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    return data.decode('utf-8')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray)."""
    s = _text_of(s)
    if cls is None and not kw:
        if parse_float is float:
            parse_float = None
        if parse_int is int:
            parse_int = None
        return _json.decode(s, 0, True, JSONDecodeError, object_hook, object_pairs_hook,
                            parse_float, parse_int, parse_constant, True)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    """The Python value of the JSON document read from the file fp."""
    return loads(fp.read(), **kw)
