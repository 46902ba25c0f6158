"""Path operations for POSIX paths (`os.path`). Every function takes str or bytes (or an
os.PathLike) and answers in the same type, as CPython's."""

import posix as _posix

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p, fname):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is not None:
        r = method(p)
        if isinstance(r, (str, bytes)):
            return r
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    if fname in ('join', 'relpath', 'commonpath'):
        raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                        % (fname, type(p).__name__))
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)


def _seps(p):
    """(sep, curdir, pardir, empty) in the type of `p`."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def normcase(s):
    return _fspath(s, 'normcase')


def isabs(s):
    s = _fspath(s, 'isabs')
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins path components: an absolute component restarts the path."""
    a = _fspath(a, 'join')
    sep = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b, 'join')
        if type(b) is not type(path):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is after the last slash; head keeps no trailing slash unless it
    is all slashes."""
    p = _fspath(p, 'split')
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is from the last dot of the last component; leading dots of the
    component are not an extension."""
    p = _fspath(p, 'splitext')
    sep, dot = (b'/', b'.') if isinstance(p, bytes) else ('/', '.')
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p, 'splitdrive')
    return p[:0], p


def basename(p):
    p = _fspath(p, 'basename')
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _fspath(p, 'dirname')
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Collapses redundant separators and `.`/`..` components, lexically."""
    path = _fspath(path, 'normpath')
    sep, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        # POSIX keeps exactly two leading slashes; three or more become one.
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = sep * initial + sep.join(parts)
    return out or dot


def abspath(path):
    path = _fspath(path, 'abspath')
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, `.`/`..` removed. Missing components
    are kept as they are unless `strict`."""
    filename = _fspath(filename, 'realpath')
    as_bytes = isinstance(filename, bytes)
    if as_bytes:
        filename = filename.decode()
    path = _resolve('', filename, strict, {})
    result = abspath(path)
    return result.encode() if as_bytes else result


def _resolve(base, rest, strict, seen):
    if rest.startswith('/'):
        base = '/'
        rest = rest[1:]
    for name in rest.split('/'):
        if not name or name == '.':
            continue
        if name == '..':
            if base in ('', '/'):
                base = base or '..'
            elif basename(base) == '..':
                base = join(base, '..')
            else:
                base = dirname(base) or ''
            continue
        newpath = join(base, name) if base else name
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            base = newpath
            continue
        if st[0] & _S_IFMT != _S_IFLNK:
            base = newpath
            continue
        if newpath in seen:
            target = seen[newpath]
            if target is not None:
                base = target
                continue
            if strict:
                _posix.stat(newpath)
            return join(newpath, rest) if rest else newpath
        seen[newpath] = None
        base = _resolve(base, _posix.readlink(newpath), strict, seen)
        seen[newpath] = base
    return base


def relpath(path, start=None):
    """`path` relative to `start` (default: the current directory), lexically."""
    path = _fspath(path, 'relpath')
    sep, dot, dotdot, empty = _seps(path)
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = dot
    else:
        start = _fspath(start, 'relpath')
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    common = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        common += 1
    rel_list = [dotdot] * (len(start_list) - common) + path_list[common:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    """The longest common leading text of the paths (character by character)."""
    if not m:
        return ''
    m = [_fspath(x, 'commonprefix') for x in m]
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (component by component)."""
    paths = [_fspath(p, 'commonpath') for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sep, dot, dotdot, empty = _seps(paths[0])
    absolute = set(p.startswith(sep) for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(sep) if c and c != dot] for p in paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if paths[0].startswith(sep) else empty
    return prefix + sep.join(common)


def expanduser(path):
    """Replaces a leading `~` with $HOME (or `~user` with that user's home)."""
    path = _fspath(path, 'expanduser')
    as_bytes = isinstance(path, bytes)
    if as_bytes:
        path = path.decode()
    if not path.startswith('~'):
        return path.encode() if as_bytes else path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _posix.environ.get('HOME')
        if home is None:
            home = _home_of_uid(_posix.getuid())
    else:
        home = _home_of_user(path[1:i])
    if home is None:
        return path.encode() if as_bytes else path
    home = home.rstrip('/')
    result = (home + path[i:]) or '/'
    return result.encode() if as_bytes else result


def _passwd_entries():
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6:
                    yield fields
    except OSError:
        return


def _home_of_uid(uid):
    for fields in _passwd_entries():
        if fields[2] == str(uid):
            return fields[5]
    return None


def _home_of_user(name):
    for fields in _passwd_entries():
        if fields[0] == name:
            return fields[5]
    return None


def expandvars(path):
    """Replaces `$name` and `${name}` with environment variables; unknown ones stay."""
    path = _fspath(path, 'expandvars')
    as_bytes = isinstance(path, bytes)
    if as_bytes:
        path = path.decode()
    if '$' not in path:
        return path.encode() if as_bytes else path
    env = _posix.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end >= 0 else ''
            if end >= 0 and name and name in env:
                out.append(env[name])
            else:
                out.append(path[i:end + 1] if end >= 0 else path[i:])
                if end < 0:
                    break
            i = end + 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] == '_'):
            j += 1
        name = path[i + 1:j]
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:j])
        i = j if j > i + 1 else i + 1
    result = ''.join(out)
    return result.encode() if as_bytes else result


def _mode(path, follow=True):
    """The st_mode of `path`, or None if it cannot be stat'ed."""
    try:
        return (_posix.stat if follow else _posix.lstat)(path)[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def islink(path):
    m = _mode(path, False)
    return m is not None and m & _S_IFMT == _S_IFLNK


def ismount(path):
    try:
        s1 = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if s1[0] & _S_IFMT == _S_IFLNK:
        return False
    try:
        s2 = _posix.lstat(join(path, '..'))
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    return _posix.stat(filename)[6]


def getatime(filename):
    return _posix.stat(filename)[7]


def getmtime(filename):
    return _posix.stat(filename)[8]


def getctime(filename):
    return _posix.stat(filename)[9]


def samefile(f1, f2):
    s1 = _posix.stat(f1)
    s2 = _posix.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
