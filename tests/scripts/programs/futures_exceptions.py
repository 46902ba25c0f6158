# Futures that raise: future.exception() returns the error, result() re-raises it, callers format it.
from concurrent.futures import ThreadPoolExecutor
import traceback


class ValidationError(Exception):
    pass


def parse_age(text):
    value = int(text)
    if not 0 <= value <= 150:
        raise ValidationError(f"age out of range: {value}")
    return value


inputs = ["42", "abc", "200", "7", "", "-1", "99"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [(s, pool.submit(parse_age, s)) for s in inputs]

for text, fut in futures:
    exc = fut.exception()
    if exc is None:
        print(f"{text!r:7} -> ok {fut.result()}")
    else:
        line = traceback.format_exception_only(type(exc), exc)[-1].strip()
        print(f"{text!r:7} -> {line}")

good = []
for text, fut in futures:
    try:
        good.append(fut.result())
    except ValidationError as e:
        print("validation:", e.args[0])
    except ValueError as e:
        print("value error type:", type(e).__name__)
print("valid ages:", good)


def chained(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        raise RuntimeError("bad divisor") from e


with ThreadPoolExecutor(max_workers=2) as pool:
    f = pool.submit(chained, 0)
err = f.exception()
print("outer:", repr(err))
print("cause:", repr(err.__cause__))
print("done/cancelled:", f.done(), f.cancelled())
