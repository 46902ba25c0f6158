# Threads importing a module another thread is still initializing wait for it to finish (as
# CPython's per-module import locks make them), so none sees a half-initialized module; a
# module failing to import fails in every thread.
import threading

results = []
errors = []
lock = threading.Lock()
start = threading.Barrier(6)


def worker(n):
    start.wait()
    try:
        import _slow_init
        value = (_slow_init.FIRST, _slow_init.LAST)
    except Exception as e:
        with lock:
            errors.append(repr(e))
        return
    with lock:
        results.append(value)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == [(1, 2)] * 6, errors)
import _slow_init
print(_slow_init.LAST)
