# A local subclass runs __init__ (with the constructor args) once per thread.
import threading

inits = []
lock = threading.Lock()


class MyLocal(threading.local):
    color = "class-attr"

    def __init__(self, size):
        self.size = size
        self.items = []
        with lock:
            inits.append(threading.current_thread().name)

    def add(self, x):
        self.items.append(x)
        return len(self.items)


loc = MyLocal(7)
loc.add("main")
res = []


def work(i):
    for k in range(i + 1):
        loc.add(k)
    with lock:
        res.append((threading.current_thread().name, loc.size, len(loc.items), loc.color))


ts = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
print(sorted(inits))
print(loc.items)
