# The context manager waits for all submitted work on exit, also on an exception.
import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
done = []


def work(i):
    with lock:
        done.append(i)


try:
    with ThreadPoolExecutor(3) as ex:
        for i in range(12):
            ex.submit(work, i)
        raise KeyError("body")
except KeyError:
    print("body error propagated")
print(sorted(done))
with ThreadPoolExecutor() as ex:
    print(ex.__enter__() is ex)
    print(ex.submit(sum, [1, 2, 3]).result())
