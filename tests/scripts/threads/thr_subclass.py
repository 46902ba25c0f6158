# Subclassing Thread: run overridden, __init__ via super() or Thread.__init__(self).
import threading

out = []
lock = threading.Lock()


class SuperInit(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


class ExplicitInit(threading.Thread):
    def __init__(self, label):
        threading.Thread.__init__(self, name="explicit-" + label)
        self.label = label

    def run(self):
        with lock:
            out.append((self.label, threading.current_thread().name))


class WithTarget(threading.Thread):
    def run(self):
        with lock:
            out.append("before")
        super().run()
        with lock:
            out.append("after")


s = SuperInit(101)
e = ExplicitInit("x")
w = WithTarget(target=lambda v: out.append(v), args=("target",))
print(s.name, e.name, w.name)
for t in (s, e, w):
    t.start()
for t in (s, e, w):
    t.join()
print(s.result)
print(out[0] if isinstance(out[0], tuple) else [o for o in out if isinstance(o, tuple)][0])
print([o for o in out if not isinstance(o, tuple)])
print(isinstance(s, threading.Thread), issubclass(ExplicitInit, threading.Thread))
