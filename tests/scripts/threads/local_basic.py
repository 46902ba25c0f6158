# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.v = "main"
lock = threading.Lock()
seen = []
barrier = threading.Barrier(4)


def work(i):
    start = getattr(data, "v", None)
    data.v = i
    barrier.wait()  # everyone has set its own value
    with lock:
        seen.append((i, start, data.v))


ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(data.v)
print(type(data) is threading.local)
