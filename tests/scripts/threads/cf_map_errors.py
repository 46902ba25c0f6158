# map: an exception is raised when its result is reached; timeout raises TimeoutError.
import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def f(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x


with ThreadPoolExecutor(2) as ex:
    got = []
    try:
        for r in ex.map(f, range(5)):
            got.append(r)
    except ValueError as e:
        print("ValueError", e, got)
    release = threading.Event()
    try:
        for r in ex.map(lambda x: release.wait() and x, [1, 2], timeout=0.02):
            print("never", r)
    except TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError)
    release.set()
print(TimeoutError is __builtins__.TimeoutError if hasattr(__builtins__, "TimeoutError") else True)
