# Many threads wait for one event; set() releases them all.
import threading

go = threading.Event()
lock = threading.Lock()
results = []


def work(i):
    r = go.wait()
    with lock:
        results.append((i, r))


ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print(sorted(results))
