# _thread._local: attributes are per thread.
import _thread
import threading

data = _thread._local()
data.x = "main"
seen = []
lock = threading.Lock()


def worker(i):
    with lock:
        seen.append((i, hasattr(data, "x")))
    data.x = i
    data.y = i * 10
    with lock:
        seen.append((i, data.x, data.y))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for item in sorted(seen, key=repr):
    print(item)
print(data.x, hasattr(data, "y"))
try:
    data.y
except AttributeError as e:
    print("AttributeError")
del data.x
print(hasattr(data, "x"))
