"""warnings: issue warnings and filter them (warn, filterwarnings, simplefilter,
catch_warnings), printed to stderr as CPython does: `file:line: Category: message`."""

import sys
import _thread

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message pattern, category, module pattern, lineno), first match wins.
filters = []
defaultaction = "default"
onceregistry = {}
# Per-module registries of what "default"/"module" already showed; cleared when the
# filters change (the version below is compared on use).
_registries = {}
_filters_version = [1]
_lock = _thread.RLock()


def _filters_mutated():
    _filters_version[0] += 1


class _Pattern:
    """A filter pattern when the re module is not available: a prefix match (a final `$`
    anchors the end)."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.ignore_case = ignore_case

    def match(self, text):
        pattern = self.pattern
        if self.ignore_case:
            pattern, text = pattern.lower(), text.lower()
        if pattern.endswith('\\Z'):
            return text == pattern[:-2]
        return text.startswith(pattern)

    def __repr__(self):
        flags = ', re.IGNORECASE' if self.ignore_case else ''
        return f"re.compile({self.pattern!r}{flags})"


def _compile(pattern, ignore_case):
    try:
        import re
        return re.compile(pattern, re.I if ignore_case else 0)
    except ImportError:
        return _Pattern(pattern, ignore_case)


def _matches(pattern, text):
    """A filter field matches: None matches anything, a str only itself (the default
    filters), a compiled pattern at the start of the text."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    message_re = _compile(message, True) if message else None
    module_re = _compile(module + r'\Z', False) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    with _lock:
        if not append:
            try:
                filters.remove(item)
            except ValueError:
                pass
            filters.insert(0, item)
        elif item not in filters:
            filters.append(item)
        _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    with _lock:
        filters[:] = []
        _filters_mutated()


class WarningMessage:
    """One warning, as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    if not filename or filename.startswith('<'):
        return None
    try:
        with open(filename, encoding='utf-8') as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Calls showwarning() if a program replaced it, else writes the message."""
    sw = globals()['showwarning']
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _registry_for(module):
    registry = _registries.get(module)
    if registry is None or registry.get('version') != _filters_version[0]:
        registry = {'version': _filters_version[0]}
        _registries[module] = registry
    return registry


def _caller(stacklevel):
    """(filename, lineno, module name) of the code that called warn, stacklevel frames up."""
    try:
        import _traceback
        filename, lineno, _func = _traceback.caller(_caller.__code__.co_filename,
                                                    max(stacklevel, 1))
    except (ImportError, AttributeError):
        return 'sys', 1, 'sys'
    main = sys.modules.get('__main__')
    if main is not None and getattr(main, '__file__', None) == filename:
        module = '__main__'
    elif filename.startswith('<'):
        module = '__main__' if filename in ('<string>', '<stdin>') else filename
    else:
        module = filename.rsplit('/', 1)[-1]
        if module.endswith('.py'):
            module = module[:-3]
    return filename, lineno, module


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, module = _caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, _registry_for(module),
                  source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings: the location is given."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registry_for(module)
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    with _lock:
        if registry.get(key):
            return
        for item in filters:
            action, msg, cat, mod, ln = item
            if (_matches(msg, text) and issubclass(category, cat) and
                    _matches(mod, module) and (ln == 0 or lineno == ln)):
                break
        else:
            action = defaultaction
        if action == "ignore":
            return
        if action == "error":
            raise message
        if action == "once":
            registry[key] = 1
            oncekey = (text, category)
            if onceregistry.get(oncekey):
                return
            onceregistry[oncekey] = 1
        elif action == "always":
            pass
        elif action == "module":
            registry[key] = 1
            altkey = (text, category, 0)
            if registry.get(altkey):
                return
            registry[altkey] = 1
        elif action == "default":
            registry[key] = 1
        else:
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" %
                               (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """A context manager that saves the warnings filters and showwarning on entry and
    restores them on exit; record=True collects the warnings in a list instead."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        _rebind_filters(module)
        self._showwarning = module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record_showwarning(message, category, filename, lineno, file=None,
                                   line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            module.showwarning = record_showwarning
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        _rebind_filters(module)
        module.showwarning = self._showwarning


def _rebind_filters(module):
    """catch_warnings swaps the module's `filters` list: the functions here read the global,
    so nothing else to do but invalidate what the registries remember."""
    _filters_mutated()


# The default filters, as CPython 3.11 installs them (non-debug build).
filters.extend([
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
])
