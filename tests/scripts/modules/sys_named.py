# sys.version_info and sys.flags are named structs; sys.stdin reads (stdin is /dev/null).
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v >= (3, 8), v < (4,), len(v), type(v).__name__)
print(repr(sys.version_info)[:48])
print(sys.flags.optimize, sys.flags.debug, sys.flags.verbose, type(sys.flags).__name__)
print(repr(sys.flags).startswith('sys.flags(debug=0, inspect=0'))
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AttributeError', e)
print(sys.stdin.read() == '', sys.stdin.readlines(), list(sys.stdin), sys.stdin.readline() == '')
for line in sys.stdin:
    print('unexpected', line)
print(sys.stdin.isatty(), sys.stdin.fileno())
