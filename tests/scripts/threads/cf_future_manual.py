# A bare Future: set_result / set_exception / set_running_or_notify_cancel.
from concurrent.futures import Future, InvalidStateError

f = Future()
print(f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
print(f.cancel())
f.set_result("v")
print(f.done(), f.result(), f.exception())
try:
    f.set_result("again")
except InvalidStateError as e:
    print("InvalidStateError")
g = Future()
g.set_exception(OSError("disk"))
print(type(g.exception()).__name__, g.done())
try:
    g.result()
except OSError as e:
    print("OSError", e)
h = Future()
h.cancel()
print(h.set_running_or_notify_cancel())
