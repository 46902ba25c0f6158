# Future.exception / result re-raise what the callable raised.
from concurrent.futures import ThreadPoolExecutor


def bad(n):
    raise KeyError(n)


with ThreadPoolExecutor(2) as ex:
    f = ex.submit(bad, "k")
    e = f.exception()
    print(type(e).__name__, e, f.done())
    try:
        f.result()
    except KeyError as err:
        print("result raised", repr(err), err is e)
    ok = ex.submit(int, "12")
    print(ok.exception(), ok.result())
    g = ex.submit(int, "zz")
    print(type(g.exception(timeout=5)).__name__)
