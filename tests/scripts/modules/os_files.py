# os: directories and files in a scratch directory; errors as CPython shows them.
import os

base = os.path.join('/tmp', 'pyth_os_files_%d' % os.getpid())


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)


os.makedirs(os.path.join(base, 'a', 'b'))
try:
    os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'a', 'b'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename == os.path.join(base, 'a', 'b'))
    old = os.getcwd()
    os.chdir(base)
    try:
        with open('a/f.txt', 'w') as f:
            f.write('hello')
        os.mkdir('c')
        print(sorted(os.listdir('.')), sorted(os.listdir('a')))
        st = os.stat('a/f.txt')
        print(st.st_size, type(st.st_mtime).__name__, type(st[8]).__name__, st[6], len(st))
        print(st.st_mtime_ns // 10**9 == st[8], os.lstat('a/f.txt').st_size)
        print(os.path.isfile('a/f.txt'), os.path.isdir('a'), os.path.getsize('a/f.txt'))
        for root, dirs, files in os.walk('.'):
            dirs.sort()
            print(root, sorted(dirs), sorted(files))
        print([r for r, d, f in os.walk('.', topdown=False)][-1])
        os.rename('a/f.txt', 'a/g.txt')
        os.replace('a/g.txt', 'c/h.txt')
        print(sorted(os.listdir('a')), os.listdir('c'))
        with os.scandir('.') as it:
            print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in it))
        entries = {e.name: e for e in os.scandir('c')}
        print(entries['h.txt'].stat().st_size, entries['h.txt'].path, os.fspath(entries['h.txt']), repr(entries['h.txt']))
        print(os.access('c/h.txt', os.R_OK), os.access('nope', os.F_OK))
        os.symlink('c/h.txt', 'link')
        print(os.path.islink('link'), os.readlink('link'), os.path.realpath('link') == os.path.realpath('c/h.txt'))
        os.unlink('link')
        for call in [lambda: os.remove('nope.txt'), lambda: os.rmdir('c'), lambda: os.mkdir('a'),
                     lambda: os.listdir('nope'), lambda: os.rename('nope', 'other'),
                     lambda: os.stat('nope'), lambda: os.chdir('nope'), lambda: os.rmdir('c/h.txt'),
                     lambda: open('c', 'r'), lambda: os.remove('c')]:
            try:
                call()
            except OSError as e:
                print(type(e).__name__, e, e.errno, e.filename)
        try:
            os.rename('nope', 'other')
        except OSError as e:
            print(e.filename, e.filename2)
        for bad in [lambda: os.stat(1.5), lambda: os.mkdir(None), lambda: os.listdir(2.0)]:
            try:
                bad()
            except TypeError as e:
                print('TypeError', e)
        os.remove('c/h.txt')
        os.removedirs('a/b')
        print(sorted(os.listdir('.')))
    finally:
        os.chdir(old)
finally:
    rmtree(base)
print(os.path.exists(base))
