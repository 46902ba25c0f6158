# wait() with each return_when.
import threading
from concurrent.futures import (ThreadPoolExecutor, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)

print(FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
gate = threading.Event()


def boom():
    raise RuntimeError("x")


with ThreadPoolExecutor(4) as ex:
    slow = ex.submit(gate.wait)
    quick = ex.submit(lambda: 1)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done, len(done), len(not_done))
    err = ex.submit(boom)
    done, not_done = wait([slow, err], return_when=FIRST_EXCEPTION)
    print(err in done, slow in not_done)
    done, not_done = wait([slow, quick], timeout=0.01)
    print(len(done), len(not_done), type(done).__name__)
    gate.set()
    done, not_done = wait([slow, quick, err], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    done, not_done = wait([quick], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    print(wait([]))
