"""dataclasses: generate __init__, __repr__, __eq__ (and ordering, hashing, frozenness)
from a class's annotated fields.

The generated __init__ is compiled from source (exec), so that calling it with wrong
arguments raises the same TypeErrors as a hand-written one.
"""

import copy as _copy_module
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass; made by field() or from a plain annotation."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # Pass __set_name__ on to a descriptor used as the default.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return (annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar'))
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    # Mutable defaults (list, dict, set, anything unhashable) would be shared by instances.
    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_method(cls, name, params, body_lines, namespace):
    """Compile `def name(params): body` with `namespace` as its globals."""
    body = '\n'.join(f'  {line}' for line in body_lines) or '  pass'
    src = f'def {name}({params}):\n{body}\n'
    local_ns = {}
    exec(src, namespace, local_ns)
    fn = local_ns[name]
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    return fn


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init, globals_ns):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    namespace = dict(globals_ns)
    namespace['MISSING'] = MISSING
    namespace['_HAS_DEFAULT_FACTORY'] = _HAS_DEFAULT_FACTORY
    namespace['__dataclass_builtins_object__'] = object

    def param(f):
        if f.default_factory is not MISSING:
            return f'{f.name}=_HAS_DEFAULT_FACTORY'
        if f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f.name

    params = ['self'] + [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(param(f) for f in kw_only_fields)

    def assign(name, value):
        if frozen:
            return f'__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})'
        return f'self.{name} = {value}'

    lines = []
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace[f'__dataclass_factory_{f.name}__'] = f.default_factory
            factory = f'__dataclass_factory_{f.name}__()'
            if f.init:
                value = f'{factory} if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = factory
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        lines.append(assign(f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        lines.append(f'self.{_POST_INIT_NAME}({initvars})')
    return _make_method(cls, '__init__', ', '.join(params), lines, namespace)


def _repr_fn(cls, fields):
    names = tuple(f.name for f in fields)
    running = set()

    def __repr__(self):
        key = (id(self), _thread_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = ', '.join(f'{name}={getattr(self, name)!r}' for name in names)
        finally:
            running.discard(key)
        return f'{self.__class__.__qualname__}({parts})'
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _thread_ident():
    import _thread
    return _thread.get_ident()


def _tuple_getter(fields):
    names = tuple(f.name for f in fields)

    def as_tuple(self):
        return tuple(getattr(self, name) for name in names)
    return as_tuple


def _cmp_fn(cls, name, op, fields):
    key = _tuple_getter(fields)
    if op == '==':
        def method(self, other):
            if other.__class__ is self.__class__:
                return key(self) == key(other)
            return NotImplemented
    elif op == '<':
        def method(self, other):
            if other.__class__ is self.__class__:
                return key(self) < key(other)
            return NotImplemented
    elif op == '<=':
        def method(self, other):
            if other.__class__ is self.__class__:
                return key(self) <= key(other)
            return NotImplemented
    elif op == '>':
        def method(self, other):
            if other.__class__ is self.__class__:
                return key(self) > key(other)
            return NotImplemented
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return key(self) >= key(other)
            return NotImplemented
    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


def _hash_fn(cls, fields):
    key = _tuple_getter(fields)

    def __hash__(self):
        return hash(key(self))
    __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    return __hash__


def _frozen_methods(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = f'{cls.__qualname__}.__setattr__'
    __delattr__.__qualname__ = f'{cls.__qualname__}.__delattr__'
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases first (in reverse MRO order, so nearer bases win).
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        # The class attribute holds the default value (or nothing).
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen and any(
                getattr(b, _FIELDS, None) is not None for b in cls.__mro__[1:]):
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    module = sys.modules.get(cls.__module__)
    globals_ns = module.__dict__ if module is not None else {}

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init, globals_ns))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', cmp_fields))

    if order:
        cmp_fields = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, cmp_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        setter, deleter = _frozen_methods(cls, field_list)
        for name, fn in [('__setattr__', setter), ('__delattr__', deleter)]:
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(cls, hash_fields)
    elif not has_explicit_hash:
        if eq and frozen:
            cls.__hash__ = _hash_fn(cls, hash_fields)
        elif eq:
            cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        params = ', '.join(_field_signature(f) for f in all_init_fields if f.init)
        try:
            cls.__doc__ = f'{cls.__name__}({params})'
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        # pyth does not enforce __slots__; the class records them as CPython's would.
        if '__slots__' in cls.__dict__:
            raise TypeError(f'{cls.__name__} already specifies __slots__')
        cls.__slots__ = tuple(f.name for f in field_list)
    return cls


def _field_signature(f):
    t = f.type
    if isinstance(t, type):
        t = t.__name__
    elif not isinstance(t, str):
        t = repr(t).replace('typing.', '')
    text = f'{f.name}: {t}'
    if f.default_factory is not MISSING:
        text += ' = <factory>'
    elif f.default is not MISSING:
        text += f' = {f.default!r}'
    return text


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy_module.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple (recursively)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_module.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Return a new dynamically created dataclass."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    if module is None:
        module = '__main__'
    namespace['__module__'] = module
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
