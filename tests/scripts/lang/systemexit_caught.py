import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, type(e).__name__)
try:
    sys.exit("msg")
except SystemExit as e:
    print("code is", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("code is", e.code)
try:
    raise SystemExit(5)
except BaseException as e:
    print("BaseException catches", e.code)
try:
    try:
        sys.exit(1)
    except Exception:
        print("Exception does not catch SystemExit")
except SystemExit:
    print("outer caught it")
def f():
    try:
        sys.exit(2)
    finally:
        print("finally runs on exit")
try:
    f()
except SystemExit as e:
    print(e.code)
raise SystemExit(9)
