"""copy: shallow and deep copy operations.

copy(x) and deepcopy(x, memo) handle the built-in containers, instances of Python classes
(their __dict__, or __copy__/__deepcopy__ when defined, or __reduce_ex__ when present) and
leave immutable atoms as they are.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = [type(None), int, float, bool, str, bytes, type, range, type(len), type(Ellipsis),
           type(NotImplemented), type(lambda: None), property]
try:
    _ATOMIC.append(complex)
except NameError:
    pass


def _is_atomic(x):
    cls = type(x)
    for atom in _ATOMIC:
        if cls is atom:
            return True
    return isinstance(x, type)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return x[:]
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that contains itself through a list is already in the memo.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(item, memo) for item in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive for as long as the memo (ids must not be reused during one deepcopy)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, deep):
    """A new instance of x's class with a copy of its state (and items, for containers)."""
    cls = type(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and getattr(cls, "__reduce__", None) is not None and \
            '__reduce__' in _own_names(cls):
        rv = x.__reduce__()
        if isinstance(rv, str):
            return x
        return _from_reduce(x, rv, memo, deep)
    # Subclasses of the built-in containers: build the value, then copy the state.
    if isinstance(x, (list, dict, set, tuple, frozenset)):
        if isinstance(x, dict):
            y = cls.__new__(cls)
            if deep:
                memo[id(x)] = y
            for key, value in x.items():
                if deep:
                    key, value = deepcopy(key, memo), deepcopy(value, memo)
                dict.__setitem__(y, key, value)
        elif isinstance(x, list):
            y = cls.__new__(cls)
            if deep:
                memo[id(x)] = y
            for item in x:
                list.append(y, deepcopy(item, memo) if deep else item)
        elif isinstance(x, tuple) and hasattr(x, '_fields'):
            items = [deepcopy(v, memo) for v in x] if deep else list(x)
            return cls(*items)
        else:
            items = [deepcopy(v, memo) for v in x] if deep else list(x)
            try:
                y = cls.__new__(cls, items)
            except TypeError:
                y = cls(items)
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            # Native objects (locks, files): CPython fails in pickle's protocol the same way.
            name = cls.__qualname__
            if cls.__module__ not in ('builtins', '__main__'):
                name = f'{cls.__module__}.{name}'
            raise TypeError(f"cannot pickle '{name}' object") from None
        if deep:
            memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and '__getstate__' in _own_names(cls):
        state = x.__getstate__()
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y


def _own_names(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is object:
            break
        names.update(klass.__dict__)
    return names


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
