"""string: character classes, capwords, Template ($-substitution) and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, and join with sep (a space by default)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()

    def __init__(self, template):
        self.template = template

    def _is_id_start(self, ch):
        return ch == '_' or ('a' <= ch.lower() <= 'z')

    def _is_id_char(self, ch):
        return self._is_id_start(ch) or '0' <= ch <= '9'

    def _scan(self):
        """Yields (kind, text, start): kind is 'text', 'escaped', 'named', 'braced' or
        'invalid'."""
        s = self.template
        delim = self.delimiter
        n = len(s)
        i = 0
        text_start = 0
        while i < n:
            if not s.startswith(delim, i):
                i += 1
                continue
            if text_start < i:
                yield 'text', s[text_start:i], text_start
            j = i + len(delim)
            if s.startswith(delim, j):
                yield 'escaped', delim, i
                i = j + len(delim)
            elif j < n and s[j] == '{':
                k = j + 1
                if k < n and self._is_id_start(s[k]):
                    k += 1
                    while k < n and self._is_id_char(s[k]):
                        k += 1
                    if k < n and s[k] == '}':
                        yield 'braced', s[j + 1:k], i
                        i = k + 1
                        text_start = i
                        continue
                yield 'invalid', delim, i
                i = j
            elif j < n and self._is_id_start(s[j]):
                k = j + 1
                while k < n and self._is_id_char(s[k]):
                    k += 1
                yield 'named', s[j:k], i
                i = k
            else:
                yield 'invalid', delim, i
                i = j
            text_start = i
        if text_start < n:
            yield 'text', s[text_start:], text_start

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, start in self._scan():
            if kind in ('text', 'escaped'):
                out.append(text)
            elif kind in ('named', 'braced'):
                out.append('%s' % (mapping[text],))
            else:
                self._invalid(start + len(self.delimiter))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, start in self._scan():
            if kind in ('text', 'escaped'):
                out.append(text)
            elif kind in ('named', 'braced'):
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    out.append(self.delimiter + (text if kind == 'named' else '{' + text + '}'))
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, _ in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """The str.format() machinery, overridable piece by piece."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            ch = s[i]
            if ch == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                name, conversion, spec = _split_field(field)
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif ch == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(ch)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(field):
    """'name!r:>10' -> ('name', 'r', '>10')."""
    depth = 0
    name_end = len(field)
    for k, ch in enumerate(field):
        if ch == '[':
            depth += 1
        elif ch == ']':
            depth -= 1
        elif depth == 0 and ch in '!:':
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    spec = ''
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(':'):
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(':'):
        spec = rest[1:]
    return name, conversion, spec


def _field_name_split(name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            rest.append((True, name[k + 1:j]))
            k = j
        else:
            j = name.index(']', k)
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
    return first, rest
