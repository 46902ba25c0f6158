# Several timers, some cancelled; results sorted after the joins.
import threading

lock = threading.Lock()
fired = []


def fire(i):
    with lock:
        fired.append(i)


timers = [threading.Timer(0.001 * (i % 3), fire, args=(i,)) for i in range(8)]
for t in timers:
    t.start()
for t in timers[::2]:
    pass
timers_c = [threading.Timer(20, fire, args=(100 + i,)) for i in range(3)]
for t in timers_c:
    t.start()
    t.cancel()
for t in timers + timers_c:
    t.join()
print(sorted(fired))
