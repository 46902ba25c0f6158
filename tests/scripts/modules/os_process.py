# os: process facts (checked by their properties), environ, urandom, uname.
import os

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
print(os.getcwd() == os.path.abspath('.'), type(os.getcwdb()).__name__)
os.environ['PYTH_OS_A'] = 'one'
print(os.environ['PYTH_OS_A'], os.getenv('PYTH_OS_A'), os.getenv('PYTH_OS_NOPE'), os.getenv('PYTH_OS_NOPE', 'dflt'))
print('PYTH_OS_A' in os.environ, 'PYTH_OS_A' in os.environ.keys())
try:
    1 in os.environ
except TypeError as e:
    print('TypeError', e)
print(os.environ.get('PYTH_OS_A'), os.environ.setdefault('PYTH_OS_B', 'two'), os.environ.pop('PYTH_OS_B'))
del os.environ['PYTH_OS_A']
print(os.getenv('PYTH_OS_A'), 'PYTH_OS_A' in os.environ)
os.environ.update({'PYTH_OS_C': '3'}, PYTH_OS_D='4')
print(os.environ['PYTH_OS_C'], os.environ['PYTH_OS_D'], isinstance(os.environ.copy(), dict))
print(os.system('test "$PYTH_OS_C" = 3'), os.system('exit 3') >> 8)
for bad in [lambda: os.environ.__setitem__('X', 1), lambda: os.environ['PYTH_OS_NOPE'], lambda: os.environ.__delitem__('PYTH_OS_NOPE')]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, repr(e))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(16) != r)
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
print(os.strerror(2), os.strerror(13), os.strerror(17))
u = os.uname()
print(u.sysname, type(u.release).__name__, u[0] == u.sysname, len(u))
try:
    print(type(os.get_terminal_size().columns).__name__)
except OSError as e:
    print('OSError', e.errno)
print(os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
print(issubclass(os.error, Exception), os.error is OSError, os.SEEK_END)
