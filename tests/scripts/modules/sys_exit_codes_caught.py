import sys

for arg in [(), (0,), (3,), ("msg",), (None,), (255,), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("direct", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("wrongly caught")
except SystemExit as e:
    print("passed through Exception handler", e.code)
