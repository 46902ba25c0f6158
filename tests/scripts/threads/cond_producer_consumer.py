# A bounded buffer with two conditions: every item is consumed exactly once.
import threading

CAP = 3
buf = []
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
consumed = []


def producer(base):
    for i in range(20):
        with not_full:
            not_full.wait_for(lambda: len(buf) < CAP)
            buf.append(base + i)
            not_empty.notify()


def consumer():
    while True:
        with not_empty:
            not_empty.wait_for(lambda: buf)
            item = buf.pop(0)
            not_full.notify()
        if item is None:
            return
        consumed.append(item)


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    with not_full:
        not_full.wait_for(lambda: len(buf) < CAP)
        buf.append(None)
        not_empty.notify()
for t in cs:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(20)) + list(range(100, 120)) + list(range(200, 220))))
print(buf)
