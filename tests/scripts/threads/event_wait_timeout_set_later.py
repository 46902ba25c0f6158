# wait(timeout) returns True if the event is set before the timeout.
import threading

e = threading.Event()
started = threading.Event()
res = []


def waiter():
    started.set()
    res.append(e.wait(timeout=10))


t = threading.Thread(target=waiter)
t.start()
started.wait()
e.set()
t.join()
print(res)
e.clear()
res.clear()
t = threading.Thread(target=lambda: res.append(e.wait(0.02)))
t.start()
t.join()
print(res)
