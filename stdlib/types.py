"""types: names for the built-in types, and SimpleNamespace, MappingProxyType, new_class."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
           'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
           'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
           'NoneType', 'NotImplementedType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys']) if 'fromkeys' in dict.__dict__ \
    else type(dict.fromkeys)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _frame = getattr(_e.__traceback__, 'tb_frame', None)
    FrameType = type(_frame) if _frame is not None else type(None)
    del _e, _frame

GetSetDescriptorType = type(FunctionType.__dict__.get('__code__', property()))
MemberDescriptorType = GetSetDescriptorType
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
CoroutineType = GeneratorType
AsyncGeneratorType = GeneratorType

del sys, _f, _g, _C, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: 'types.SimpleNamespace'")

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_repr_running = set()


class MappingProxyType:
    """A read-only view of a mapping: mappingproxy(mapping)."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, '__getitem__') or not hasattr(mapping, 'keys') or \
                isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, "
                            f"not {type(mapping).__name__}")
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def __ror__(self, other):
        return dict(other) | dict(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __reversed__(self):
        return reversed(list(self._mapping))

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = 'mappingproxy'
MappingProxyType.__qualname__ = 'mappingproxy'


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: (metaclass, namespace,
    kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute(property):
    """An attribute that is looked up on instances, and through __getattr__ on the class."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def coroutine(func):
    """Convert regular generator function to a coroutine (no-op in pyth)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func


class GenericAlias:
    """Represent a PEP 585 generic type: GenericAlias(list, (int,)) is list[int]."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, item):
        raise TypeError(f"{self!r} is not a generic class")

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _make_union(self, other)

    def __ror__(self, other):
        return _make_union(other, self)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __repr__(self):
        def r(a):
            if a is ...:
                return '...'
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return f'{a.__module__}.{a.__qualname__}'
            return repr(a)
        return f'{r(self.__origin__)}[{", ".join(r(a) for a in self.__args__)}]'


class UnionType:
    """The type of `int | str` (union objects made by `|` between types)."""

    def __init__(self, args):
        self.__args__ = tuple(args)
        self.__parameters__ = ()

    def __repr__(self):
        def r(a):
            if a is type(None):
                return 'None'
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return f'{a.__module__}.{a.__qualname__}'
            return repr(a)
        return ' | '.join(r(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _make_union(self, other)

    def __ror__(self, other):
        return _make_union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))


def _make_union(a, b):
    """`a | b` for types: None stands for NoneType, nested unions are flattened and
    duplicates dropped; a single type is itself."""
    args = []
    for item in (a, b):
        if item is None:
            item = type(None)
        parts = item.__args__ if isinstance(item, UnionType) else (item,)
        for part in parts:
            if part not in args:
                args.append(part)
    if len(args) == 1:
        return args[0]
    return UnionType(args)
