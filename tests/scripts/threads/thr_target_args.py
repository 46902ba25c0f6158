# Thread(target, args, kwargs): the target runs with them; join waits.
import threading

results = {}
lock = threading.Lock()


def work(key, a, b=1, *rest, scale=1, **extra):
    with lock:
        results[key] = ((a + b) * scale, rest, sorted(extra.items()))


ts = [
    threading.Thread(target=work, args=("p", 1, 2)),
    threading.Thread(target=work, args=("k",), kwargs={"a": 3, "b": 4, "scale": 10}),
    threading.Thread(target=work, args=("r", 1, 2, 3, 4), kwargs={"z": 0, "y": 9}),
    threading.Thread(target=work, kwargs=dict(key="only", a=5)),
]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
t = threading.Thread()
t.start()
t.join()
print("no target ok", t.is_alive())
t = threading.Thread(target=work, args=["list", 7], kwargs=None)
t.start()
t.join()
print(results["list"])
