"""tempfile: temporary files and directories with unpredictable names, created safely
(exclusive creation, so two threads never get the same file)."""

import os as _os
import shutil as _shutil
import threading as _threading
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp',
           'mktemp', 'gettempdir', 'gettempprefix', 'gettempdirb', 'tempdir', 'template',
           'TMP_MAX']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_once_lock = _threading.Lock()
_name_rng = _random.Random()
_name_lock = _threading.Lock()
_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'

# Files from mkstemp, kept open so that the descriptor it returned stays valid (pyth has no
# os.open; the descriptor belongs to this file object).
_mkstemp_files = {}


def _random_name():
    with _name_lock:
        return ''.join(_name_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def _candidate_dirs():
    dirs = []
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(name)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def _find_tempdir():
    for directory in _candidate_dirs():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        if _os.path.isdir(directory) and _os.access(directory, _os.W_OK | _os.X_OK):
            return directory
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_dirs())


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP, $TMP, /tmp, … (the first usable)."""
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _find_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def _create_file(suffix, prefix, dir, binary_mode):
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            f = open(path, 'x' + binary_mode)
        except FileExistsError:
            continue
        return f, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file only this call can have opened; returns (descriptor, absolute path).
    The caller must remove the file when done."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    f, path = _create_file(suffix, prefix, dir, 'b')
    fd = f.fileno()
    _mkstemp_files[fd] = f
    return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory only this call can have made; returns its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another may create it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (when `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at %#x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), removed on close when `delete`."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    binary = 'b' if 'b' in mode else ''
    f, path = _create_file(suffix, prefix, dir, 'b')
    f.close()
    try:
        file = open(path, mode, encoding=encoding, newline=newline, errors=errors) \
            if not binary else open(path, mode)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name in the file system (removed at once)."""
    wrapper = NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                                 delete=False, errors=errors)
    _os.unlink(wrapper.name)
    return wrapper.file


class TemporaryDirectory:
    """A directory removed (with its contents) by `cleanup()` or at the end of a `with`."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
