# as_completed(timeout) raises TimeoutError when futures are still pending.
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    done_f = ex.submit(lambda: "quick")
    done_f.result()
    slow = ex.submit(gate.wait)
    got = []
    try:
        for f in as_completed([done_f, slow], timeout=0.02):
            got.append(f.result())
    except TimeoutError as e:
        print("TimeoutError", str(e))
    print(got)
    gate.set()
