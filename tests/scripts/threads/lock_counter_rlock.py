# An RLock-protected counter, re-entered through a helper, is exact.
import threading

state = {"n": 0}
lock = threading.RLock()


def bump():
    with lock:
        state["n"] += 1


def inc(n):
    for _ in range(n):
        with lock:
            bump()


ts = [threading.Thread(target=inc, args=(1000,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state["n"])
