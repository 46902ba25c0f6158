# traceback: print_exc/format_exc/format_exception (chained), extract_tb/extract_stack,
# TracebackException, and use from worker threads.
import sys
import threading
import traceback

HERE = __file__.rsplit('/', 1)[0] + '/'


def clean(text):
    return text.replace(HERE, '')


def inner(x):
    return 10 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end='')
    print(traceback.format_exc().splitlines()[0], len(traceback.format_exc().splitlines()))

try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print(clean(''.join(lines)), end='')
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(clean(fs.filename), fs.lineno, fs.name, fs.line)
    fn, ln, name, line = traceback.extract_tb(e.__traceback__)[0]
    print(ln, name, line)
    print(repr(traceback.extract_tb(e.__traceback__)[0]).split(',')[1:])
    print(clean(''.join(traceback.format_tb(e.__traceback__))), end='')

try:
    try:
        int('x')
    except ValueError:
        [][1]
except IndexError as e:
    print(clean(''.join(traceback.format_exception(e))), end='')
    print(clean(''.join(traceback.format_exception(e, chain=False))), end='')


def show():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    print(clean(''.join(traceback.format_stack())), end='')
    print(len(traceback.extract_stack(limit=1)))


show()


def worker(n, out):
    try:
        [1, 2][n]
    except IndexError:
        out.append(traceback.format_exc().splitlines()[-1])
    else:
        out.append('ok %d' % n)


out = []
threads = [threading.Thread(target=worker, args=(i, out)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))

te = traceback.TracebackException.from_exception(ZeroDivisionError("x"))
print(list(te.format()), str(te))
try:
    undefined_name
except NameError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_exception(None))


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError:
    print(clean(traceback.format_exc())[-240:])
print(clean(traceback.format_exception(*sys.exc_info())[0]) if sys.exc_info()[1] else 'none')
