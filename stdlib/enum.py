"""enum: enumerations (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique).

The metaclass, EnumType, turns the public names of a class body into the members: instances
of the class made once, looked up by value (Color(1)) or by name (Color['RED']) and iterated
in definition order.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """A property for enum members (named like a member attribute without clashing)."""


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \
        and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    if isinstance(obj, type):
        return False
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or isinstance(obj, (_builtin_property, classmethod, staticmethod))
            or type(obj).__name__ in ('function', 'builtin_function_or_method'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _high_bit(value):
    return value.bit_length() - 1


def _bits_of(value):
    """The single-bit values set in value, lowest first."""
    while value:
        bit = value & (~value + 1)
        yield bit
        value ^= bit


def show_flag_values(value):
    return list(_bits_of(value))


class FlagBoundary:
    """How Flag handles values outside its members: STRICT, CONFORM, EJECT, KEEP."""

    def __init__(self, name):
        self.name = name
        self.value = name.lower()

    def __repr__(self):
        return f"<FlagBoundary.{self.name}: {self.value!r}>"

    def __str__(self):
        return self.value


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class EnumCheck:
    def __init__(self, name):
        self.name = name


CONTINUOUS = EnumCheck('CONTINUOUS')
NAMED_FLAGS = EnumCheck('NAMED_FLAGS')
UNIQUE = EnumCheck('UNIQUE')


def verify(*checks):
    """Class decorator that checks an enumeration (only UNIQUE is enforced)."""
    def decorator(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorator


def _find_data_type(bases):
    """The built-in type members are instances of (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if base.__module__ == 'builtins' or '__new__' in base.__dict__:
                return base
    return object


def _find_enum_base(bases):
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                return klass
    return None


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        enum_base = _find_enum_base(bases)
        if enum_base is not None and enum_base._member_names_:
            raise TypeError(f"<enum {cls!r}> cannot extend {enum_base!r}")
        member_type = _find_data_type(bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()

        # Pick the members out of the class body, in definition order.
        members = {}
        body = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
            elif isinstance(value, member):
                members[key] = value.value
            elif _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or \
                    _is_descriptor(value):
                body[key] = value
            else:
                members[key] = value

        if member_type is not object and '__hash__' not in body:
            # Mixed-in members hash like their values (an IntEnum is a dict key like its int).
            body['__hash__'] = _value_hash
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if boundary is not None:
            body['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)

        new_member = _find_new_member(enum_class)
        if member_type is not object:
            _prefer_enum_methods(enum_class, member_type, classdict)

        # Resolve auto() values in order, then make the members.
        last_values = []
        is_flag = issubclass(enum_class, Flag) if Flag is not None else False
        for index, (name, value) in enumerate(members.items()):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(
                    enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                    if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            _add_member(enum_class, name, value, member_type, new_member)

        if is_flag:
            flag_mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
            if '_boundary_' not in enum_class.__dict__:
                enum_class._boundary_ = boundary or getattr(enum_base, '_boundary_', STRICT)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Look a member up by value, or (with names) create a new enumeration."""
        if names is None:
            return _lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        elif isinstance(names, dict):
            items = list(names.items())
        else:
            items = [tuple(item) for item in names]
        classdict = {name: value for name, value in items}
        classdict['__module__'] = module if module is not None else _caller_module()
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        if boundary is not None:
            return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    @_builtin_property
    def __members__(cls):
        """Maps member names to members (aliases included), read-only."""
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        names.add('__init_subclass__')
        return sorted(names)


EnumMeta = EnumType


def _prefer_enum_methods(enum_class, member_type, classdict):
    """With a data type mixed in (int, str), its __repr__ would come first in the MRO: the
    enum's is used instead, and its __str__/__format__ too unless the class is a ReprEnum."""
    names = ['__repr__']
    if ReprEnum is None or not issubclass(enum_class, ReprEnum):
        names += ['__str__', '__format__']
    for name in names:
        if name in classdict:
            continue
        for klass in enum_class.__mro__:
            if name in klass.__dict__:
                if klass is member_type or klass.__module__ == 'builtins':
                    for enum_klass in enum_class.__mro__:
                        if isinstance(enum_klass, EnumType) and name in enum_klass.__dict__:
                            setattr(enum_class, name, enum_klass.__dict__[name])
                            break
                break


def _value_hash(self):
    return hash(self._value_)


def _find_new_member(enum_class):
    """The __new__ that makes members: one defined by the enum or a mixin (not Enum's own
    lookup or object's), else None (the data type's __new__ is used)."""
    for klass in enum_class.__mro__:
        new = klass.__dict__.get('__new__')
        if new is None:
            continue
        if klass.__module__ == 'builtins' or (Enum is not None and klass is Enum):
            return None
        if isinstance(new, staticmethod):
            new = new.__func__
        return new
    return None


def _caller_module():
    return '__main__'


def _add_member(enum_class, name, value, member_type, new_member):
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    if new_member is not None:
        enum_member = new_member(enum_class, *args)
    elif member_type is object:
        enum_member = object.__new__(enum_class)
    else:
        enum_member = member_type.__new__(enum_class, *args)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception:
                enum_member._value_ = value
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = enum_class
    enum_member._sort_order_ = len(enum_class._member_names_)
    init = getattr(enum_class, '__init__', None)
    if init is not None and init is not object.__init__:
        enum_member.__init__(*args)
    # An alias: the same value as an earlier member names that member.
    canonical = None
    for existing in enum_class._member_map_.values():
        if existing._value_ == value and type(existing._value_) is type(value) or \
                existing._value_ is value:
            canonical = existing
            break
    if canonical is not None:
        enum_member = canonical
    else:
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            enum_class._member_names_.append(name)
    enum_class._member_map_[name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    type.__setattr__(enum_class, name, enum_member)


def _lookup(cls, value):
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
    try:
        result = cls._missing_(value)
    except Exception as e:
        result = None
        exc = e
    else:
        exc = None
    if isinstance(result, cls):
        return result
    if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and \
            isinstance(result, int):
        return result
    ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


Flag = None
Enum = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs (see the enum module's documentation)."""

    def __new__(cls, value):
        return _lookup(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value for the next auto(): one more than the last int value, or start."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                if isinstance(v, int):
                    return v + 1
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        for klass in type(self).__mro__:
            if klass is Enum or klass is object:
                break
            for key, value in klass.__dict__.items():
                if not key.startswith('_') and key not in type(self)._member_map_:
                    names.add(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


IntEnum._value_repr_ = repr


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


StrEnum._value_repr_ = repr


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member for a combination of flags (or 0)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        member_value = value & flag_mask
        extra = value & ~flag_mask
        names = [m._name_ for m in cls._iter_members_(member_value)]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if names or extra:
            if extra:
                names.append(str(extra))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    @classmethod
    def _iter_members_(cls, value):
        """The canonical members whose bits are set in value, in definition order."""
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_ and _is_single_bit(m._value_):
                yield m

    def __iter__(self):
        """Returns flags in definition order."""
        yield from self._iter_members_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is not object and self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._value_repr_ = repr


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    # Flag's operators, not int's (which come first in the MRO).
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


IntFlag._value_repr_ = repr


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    """Export the members into the enum's module namespace."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
