# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and ALL_COMPLETED, gated by Events.
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading

release = threading.Event()


def quick(x):
    return x * 10


def gated(x):
    release.wait()
    return x + 1


def explode(msg):
    raise LookupError(msg)


with ThreadPoolExecutor(max_workers=4) as pool:
    slow = [pool.submit(gated, i) for i in range(3)]
    fast = pool.submit(quick, 7)
    done, not_done = wait(slow + [fast], return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", [f.result() for f in done])
    print("still pending:", len(not_done))

    boom = pool.submit(explode, "no such key")
    done, not_done = wait(slow + [boom], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", [type(f.exception()).__name__ for f in done])
    print("still pending:", len(not_done))

    done, not_done = wait(slow, timeout=0.05)
    print("timeout wait: done", len(done), "pending", len(not_done))

    release.set()
    done, not_done = wait(slow, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED:", sorted(f.result() for f in done), "pending", len(not_done))

    done, _ = wait([fast, boom], return_when=FIRST_EXCEPTION)
    print("already finished set size:", len(done))
print("boom message:", boom.exception().args[0])
