# atexit: functions run last-registered-first, after non-daemon threads finish; an exception in
# one is reported and the others still run; unregister; arguments.
import atexit
import threading

results = []


def report(label, *values, sep=" "):
    print(label, *values, sep=sep)


atexit.register(report, "registered first, runs last", 1, 2, sep="-")


@atexit.register
def summary():
    print("summary sees the thread's result:", results)


def failing():
    raise ValueError("ignored")


atexit.register(failing)
atexit.register(report, "unregistered")
atexit.unregister(report)
atexit.register(report, "registered last, runs first")
gate = threading.Event()


def slow_worker():
    gate.wait()
    results.append("worker done")
    print("worker finished before the atexit functions")


threading.Thread(target=slow_worker).start()
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
print("main body ends")
gate.set()
