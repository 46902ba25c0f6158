# active_count and enumerate while threads are blocked, and after they finish.
import threading

base = threading.active_count()
print(base, len(threading.enumerate()))
print([t.name for t in threading.enumerate()])
go = threading.Event()
ready = threading.Barrier(6)


def wait():
    ready.wait()
    go.wait()


ts = [threading.Thread(target=wait, name="w%d" % i) for i in range(5)]
for t in ts:
    t.start()
ready.wait()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in ts))
go.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
