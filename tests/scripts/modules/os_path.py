# os.path: lexical operations (machine-independent) and file-system queries.
import os
import os.path
import sys

print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep)
print(os.path is sys.modules['os.path'], os.path.sep)
print(os.path.join('a', 'b', 'c'), os.path.join('a/', 'b'), os.path.join('a', '/abs', 'c'), os.path.join('', 'x'))
print(os.path.split('/a/b/c.txt'), os.path.split('c.txt'), os.path.split('/'), os.path.split('//a//b'))
print(os.path.splitext('x.tar.gz'), os.path.splitext('.bashrc'), os.path.splitext('a/b.c/d'), os.path.splitext('a..b'))
print(os.path.basename('/x/y'), repr(os.path.basename('/x/y/')), os.path.dirname('/x/y'), os.path.dirname('y'), os.path.dirname('/y'))
for p in ['a//b/../c/./d', '/../x', '//a', '///a', '', '.', 'a/..', '../../a', '/a/b/../../..']:
    print(repr(p), '->', os.path.normpath(p))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.relpath('/a/b', '/'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(os.path.join(b'a', b'b'), os.path.split(b'/a/b'), os.path.splitext(b'f.py'), os.path.normpath(b'a//b'))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.isabs(os.path.abspath('.')))
print(os.path.expanduser('~') == os.environ.get('HOME', os.path.expanduser('~')), os.path.expanduser('x~'), os.path.expanduser('~/q').endswith('/q'))
os.environ['PYTH_T_VAR'] = 'val'
print(os.path.expandvars('$PYTH_T_VAR/${PYTH_T_VAR}/$PYTH_NOPE_VAR/$'))
print(os.path.exists('os_path.py'), os.path.isfile('os_path.py'), os.path.isdir('os_path.py'), os.path.isdir('.'), os.path.exists('no_such_file'))
print(os.path.getsize('os_path.py') == len(open('os_path.py', 'rb').read()), os.path.islink('os_path.py'))
print(os.path.realpath('.') == os.path.realpath(os.getcwd()), os.path.realpath('./a/../os_path.py') == os.path.join(os.path.realpath('.'), 'os_path.py'))
print(type(os.path.getmtime('os_path.py')).__name__, os.path.samefile('os_path.py', './os_path.py'))


class P:
    def __fspath__(self):
        return 'dir/file.txt'


print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), 'x'))
for bad in [lambda: os.path.join('a', 1), lambda: os.path.basename(5), lambda: os.fspath(3), lambda: os.path.join('a', b'b')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
