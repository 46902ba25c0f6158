# result(timeout) / exception(timeout) raise TimeoutError while the call runs.
import threading
import concurrent.futures as cf

block = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(block.wait)
    for name, call in (("result", lambda: f.result(timeout=0.01)),
                       ("exception", lambda: f.exception(0.01)),
                       ("result0", lambda: f.result(0))):
        try:
            call()
        except cf.TimeoutError:
            print(name, "TimeoutError")
    block.set()
    print(f.result(timeout=5))
print(issubclass(cf.TimeoutError, Exception))
