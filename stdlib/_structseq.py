"""Named structs in CPython's "struct sequence" style: tuples whose items are also named
attributes (time.struct_time, os.stat_result, sys.version_info, sys.flags, ...).

A struct sequence has `fields`, the tuple's items, and `extra`, named attributes past the
tuple (struct_time's tm_zone and tm_gmtoff). Attributes are read-only, as in CPython.
"""


def structseq(name, module, fields, extra=(), defaults=None):
    """A new struct-sequence class `module.name`.

    `defaults`, if given, computes the missing extras from the tuple: a function taking
    the sequence items and returning the tuple of extras (os.stat_result's float times).
    """
    fields = tuple(fields)
    extra = tuple(extra)
    n_sequence = len(fields)
    n_fields = n_sequence + len(extra)
    full_name = module + '.' + name

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        given = len(items)
        if given < n_sequence:
            if n_sequence == n_fields:
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                                % (full_name, n_sequence, given))
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)'
                            % (full_name, n_sequence, given))
        if given > n_fields:
            if n_sequence == n_fields:
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                                % (full_name, n_sequence, given))
            raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)'
                            % (full_name, n_fields, given))
        self = tuple.__new__(cls, items[:n_sequence])
        rest = list(items[n_sequence:])
        if len(rest) < len(extra):
            if defaults is not None and not rest:
                rest = list(defaults(items))
            else:
                for k in extra[len(rest):]:
                    rest.append(dict.get(k) if dict else None)
        object.__setattr__(self, '_structseq_extra', tuple(rest))
        return self

    def __repr__(self):
        parts = []
        for i, f in enumerate(fields):
            parts.append('%s=%r' % (f, self[i]))
        return '%s(%s)' % (full_name, ', '.join(parts))

    def __setattr__(self, key, value):
        if key in fields or key in extra:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s'" % (full_name, key))

    def __reduce__(self):
        return (type(self), (tuple(self) + self._structseq_extra,))

    ns = {
        '__new__': __new__,
        '__repr__': __repr__,
        '__setattr__': __setattr__,
        '__reduce__': __reduce__,
        '__module__': module,
        '__slots__': (),
        'n_sequence_fields': n_sequence,
        'n_fields': n_fields,
        'n_unnamed_fields': 0,
        '_fields': fields,
    }
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    for i, f in enumerate(extra):
        ns[f] = property(lambda self, i=i: self._structseq_extra[i])
    return type(name, (tuple,), ns)
