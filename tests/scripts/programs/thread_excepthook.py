# A custom threading.excepthook collects uncaught thread exceptions instead of printing tracebacks.
import threading
import traceback

captured = []
capture_lock = threading.Lock()
original_hook = threading.excepthook


def collecting_hook(args):
    line = "".join(traceback.format_exception_only(args.exc_type, args.exc_value)).strip()
    with capture_lock:
        captured.append((args.thread.name, line))


threading.excepthook = collecting_hook


def divide(a, b):
    return a / b


def lookup(mapping, key):
    return mapping[key]


def fine():
    return "ok"


def validate(value):
    if value < 0:
        raise ValueError(f"negative value {value!r}")


targets = [
    ("divider", divide, (1, 0)),
    ("lookup", lookup, ({"a": 1}, "zzz")),
    ("fine", fine, ()),
    ("validator", validate, (-3,)),
    ("attr", getattr, (object(), "missing_attribute")),
]
threads = [threading.Thread(target=fn, args=args, name=name) for name, fn, args in targets]
for t in threads:
    t.start()
for t in threads:
    t.join()

threading.excepthook = original_hook
print("threads that failed:", len(captured))
for name, line in sorted(captured):
    print(f"{name:<10} {line}")
print("hook restored:", threading.excepthook is threading.__excepthook__)
try:
    divide(1, 0)
except ZeroDivisionError as exc:
    print("main formats too:", traceback.format_exception_only(type(exc), exc))
