# The action runs once per round, in one of the threads, before any is released.
import threading

calls = []
b = threading.Barrier(3, action=lambda: calls.append(len(calls)))
lock = threading.Lock()
after = []


def work():
    for _ in range(2):
        b.wait()
        with lock:
            after.append(len(calls))


ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(calls)
print(sorted(after)[:3], min(after) >= 1)
