"""Weak references: ref (native, src/modules/weakref.rs), proxy, WeakMethod,
WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize.

The containers drop an entry when its object dies (through the reference's callback) and
also skip dead entries when read, so they never show a dead object.
"""

import _weakref
from _weakref import ref, ReferenceType, getweakrefcount

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'WeakValueDictionary', 'WeakSet', 'WeakMethod',
           'finalize', 'ProxyTypes', 'CallableProxyType']


def getweakrefs(obj):
    return []


def _alive_or_raise(r):
    obj = r()
    if obj is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return obj


class ProxyType:
    """A proxy: attribute access and operators go to the referent while it lives."""

    __slots__ = ('_proxy_ref',)

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, '_proxy_ref', ref(obj))
        else:
            object.__setattr__(self, '_proxy_ref', ref(obj, lambda r: callback(self)))

    def __getattr__(self, name):
        return getattr(_alive_or_raise(self._proxy_ref), name)

    def __setattr__(self, name, value):
        setattr(_alive_or_raise(self._proxy_ref), name, value)

    def __delattr__(self, name):
        delattr(_alive_or_raise(self._proxy_ref), name)

    def __repr__(self):
        obj = self._proxy_ref()
        return '<weakproxy at %#x; to %r>' % (id(self), type(obj).__name__) if obj is not None \
            else '<weakproxy at %#x; dead>' % id(self)

    def __str__(self):
        return str(_alive_or_raise(self._proxy_ref))

    def __bool__(self):
        return bool(_alive_or_raise(self._proxy_ref))

    def __len__(self):
        return len(_alive_or_raise(self._proxy_ref))

    def __iter__(self):
        return iter(_alive_or_raise(self._proxy_ref))

    def __getitem__(self, key):
        return _alive_or_raise(self._proxy_ref)[key]

    def __setitem__(self, key, value):
        _alive_or_raise(self._proxy_ref)[key] = value

    def __contains__(self, item):
        return item in _alive_or_raise(self._proxy_ref)

    def __eq__(self, other):
        return _alive_or_raise(self._proxy_ref) == other

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __call__(self, *args, **kwargs):
        return _alive_or_raise(self._proxy_ref)(*args, **kwargs)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


def proxy(obj, callback=None):
    return ProxyType(obj, callback)


class WeakMethod:
    """A weak reference to a bound method: alive while its object lives."""

    __slots__ = ('_self_ref', '_func')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        self._func = func
        if callback is None:
            self._self_ref = ref(obj)
        else:
            self._self_ref = ref(obj, lambda r: callback(self))

    def __call__(self):
        obj = self._self_ref()
        if obj is None:
            return None
        return getattr(obj, self._func.__name__)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._self_ref == other._self_ref and self._func == other._func
        return NotImplemented

    def __hash__(self):
        return hash((self._self_ref, self._func))


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def _make_ref(self, key, value):
        data = self._data

        def gone(r, key=key):
            if data.get(key) is r:
                del data[key]
        return ref(value, gone)

    def _live_items(self):
        _weakref._collect_dead()
        out = []
        for key, r in list(self._data.items()):
            obj = r()
            if obj is not None:
                out.append((key, obj))
        return out

    def __getitem__(self, key):
        obj = self._data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self._data[key] = self._make_ref(key, value)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        r = self._data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._live_items())

    def __iter__(self):
        return iter([k for k, _ in self._live_items()])

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

    def get(self, key, default=None):
        r = self._data.get(key)
        if r is None:
            return default
        obj = r()
        return default if obj is None else obj

    def keys(self):
        return [k for k, _ in self._live_items()]

    def values(self):
        return [v for _, v in self._live_items()]

    def items(self):
        return self._live_items()

    def pop(self, key, *default):
        r = self._data.pop(key, None)
        obj = r() if r is not None else None
        if obj is None:
            if default:
                return default[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        obj = self.get(key)
        if obj is None:
            self[key] = default
            return default
        return obj

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    def valuerefs(self):
        return list(self._data.values())


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, other=None):
        # id(key) -> (ref to key, value); a dead entry is removed by the ref's callback.
        self._data = {}
        if other is not None:
            self.update(other)

    def _entry(self, key):
        e = self._data.get(id(key))
        if e is not None and e[0]() is key:
            return e
        return None

    def __setitem__(self, key, value):
        e = self._entry(key)
        if e is not None:
            self._data[id(key)] = (e[0], value)
            return
        data = self._data
        k = id(key)

        def gone(r, k=k):
            cur = data.get(k)
            if cur is not None and cur[0] is r:
                del data[k]
        self._data[k] = (ref(key, gone), value)

    def __getitem__(self, key):
        e = self._entry(key)
        if e is None:
            raise KeyError(key)
        return e[1]

    def __delitem__(self, key):
        if self._entry(key) is None:
            raise KeyError(key)
        del self._data[id(key)]

    def __contains__(self, key):
        try:
            return self._entry(key) is not None
        except TypeError:
            return False

    def _live_items(self):
        _weakref._collect_dead()
        out = []
        for r, value in list(self._data.values()):
            obj = r()
            if obj is not None:
                out.append((obj, value))
        return out

    def __len__(self):
        return len(self._live_items())

    def __iter__(self):
        return iter([k for k, _ in self._live_items()])

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)

    def get(self, key, default=None):
        e = self._entry(key)
        return default if e is None else e[1]

    def keys(self):
        return [k for k, _ in self._live_items()]

    def values(self):
        return [v for _, v in self._live_items()]

    def items(self):
        return self._live_items()

    def pop(self, key, *default):
        e = self._entry(key)
        if e is None:
            if default:
                return default[0]
            raise KeyError(key)
        del self._data[id(key)]
        return e[1]

    def setdefault(self, key, default=None):
        e = self._entry(key)
        if e is None:
            self[key] = default
            return default
        return e[1]

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                other = [(k, other[k]) for k in other.keys()]
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self._data.clear()


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self._map = WeakKeyDictionary()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self._map[item] = True

    def discard(self, item):
        if item in self._map:
            del self._map[item]

    def remove(self, item):
        if item not in self._map:
            raise KeyError(item)
        del self._map[item]

    def pop(self):
        for item in self._map.keys():
            del self._map[item]
            return item
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self._map.clear()

    def __contains__(self, item):
        return item in self._map

    def __len__(self):
        return len(self._map)

    def __iter__(self):
        return iter(self._map.keys())

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, set(self._map.keys()))

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for item in other:
            self.add(item)


class finalize:
    """Calls func(*args, **kwargs) when obj dies (or at the latest at exit, if `atexit`),
    at most once."""

    _registry = {}
    _index = 0

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index += 1
        info.index = finalize._index
        finalize._registry[self] = info
        finalize._register_exit_hook()

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<finalize object at %#x; dead>' % id(self)
        return '<finalize object at %#x; for %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    _exit_hook_registered = False

    @classmethod
    def _register_exit_hook(cls):
        if cls._exit_hook_registered:
            return
        cls._exit_hook_registered = True
        try:
            import atexit
        except ImportError:
            return
        atexit.register(cls._exitfunc)

    @classmethod
    def _exitfunc(cls):
        pending = sorted(((info.index, f) for f, info in cls._registry.items() if info.atexit),
                         reverse=True)
        for _, f in pending:
            f()
