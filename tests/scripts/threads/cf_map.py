# Executor.map: results in input order, several iterables (shortest wins), chunksize.
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda x: x * 10, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1, 99])))
    print(list(ex.map(lambda a, b, c: a + b + c, "abc", "def", "ghij")))
    print(list(ex.map(str.upper, [])))
    print(list(ex.map(abs, [-1, -2, 3], chunksize=2)))
    print(list(ex.map(abs, [-1, -2], timeout=5)))
    it = ex.map(lambda x: x, range(3))
    print(type(it).__name__ != "list", next(it), list(it))
