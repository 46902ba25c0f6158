"""glob: path names matching shell-style patterns (`*`, `?`, `[seq]`, `**` with recursive)."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        full = os.path.join(root_dir, pathname) if root_dir else pathname
        if (basename and os.path.lexists(full)) or (not basename and os.path.isdir(full)):
            yield pathname
        return
    if not dirname:
        yield from _in_dir(root_dir, '', basename, recursive, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = iglob(dirname, root_dir=root_dir, recursive=recursive,
                     include_hidden=include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        yield from _in_dir(root_dir, d, basename, recursive, include_hidden)


def _listdir(root_dir, dirname):
    path = os.path.join(root_dir, dirname) if root_dir else (dirname or os.curdir)
    try:
        return sorted(os.listdir(path)) if os.path.isdir(path) else []
    except OSError:
        return []


def _in_dir(root_dir, dirname, pattern, recursive, include_hidden):
    if recursive and pattern == '**':
        if dirname:
            yield os.path.join(dirname, '')
        yield from _walk(root_dir, dirname, include_hidden)
        return
    if not has_magic(pattern):
        full = os.path.join(dirname, pattern)
        check = os.path.join(root_dir, full) if root_dir else full
        if os.path.lexists(check):
            yield full
        return
    for name in _listdir(root_dir, dirname):
        if name.startswith('.') and not include_hidden and not pattern.startswith('.'):
            continue
        if fnmatch.fnmatch(name, pattern):
            yield os.path.join(dirname, name) if dirname else name


def _walk(root_dir, dirname, include_hidden):
    for name in _listdir(root_dir, dirname):
        if name.startswith('.') and not include_hidden:
            continue
        path = os.path.join(dirname, name) if dirname else name
        yield path
        full = os.path.join(root_dir, path) if root_dir else path
        if os.path.isdir(full) and not os.path.islink(full):
            yield from _walk(root_dir, path, include_hidden)


def has_magic(s):
    return any(c in s for c in '*?[')


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    out = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + out
