# result()/exception() of a cancelled future raise CancelledError.
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError, Future

f = Future()
print(f.cancel(), f.cancelled())
for call in (f.result, f.exception):
    try:
        call()
    except CancelledError as e:
        print("CancelledError", type(e).__module__ != "", repr(str(e)))
block = threading.Event()
with ThreadPoolExecutor(1) as ex:
    a = ex.submit(block.wait)
    b = ex.submit(print, "never")
    print(b.cancel())
    block.set()
try:
    b.result(timeout=1)
except CancelledError:
    print("cancelled via executor")
print(a.result())
