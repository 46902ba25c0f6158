# Condition: a consumer waits until the producer notifies.
import threading

cond = threading.Condition()
items = []
out = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))


t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append("hello")
    cond.notify()
t.join()
print(out, items)
