# Timer runs its function with args/kwargs after the interval.
import threading

out = []
t = threading.Timer(0.01, lambda a, b=0: out.append(a + b), args=(1,), kwargs={"b": 2})
print(isinstance(t, threading.Thread), t.is_alive())
t.start()
t.join()
print(out, t.is_alive(), t.finished.is_set())
t2 = threading.Timer(0, out.append, ["zero"])
t2.start()
t2.join()
print(out)
print(t2.name.startswith("Thread-"))
