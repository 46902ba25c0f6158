# get on an empty queue: Empty for get_nowait, block=False and timeout; bad timeouts.
import queue

q = queue.Queue()
for call, label in [(q.get_nowait, "get_nowait"), (lambda: q.get(False), "get(False)"),
                    (lambda: q.get(timeout=0.01), "get(timeout=0.01)"),
                    (lambda: q.get(True, 0), "get(True, 0)")]:
    try:
        call()
    except queue.Empty as e:
        print(label, "->", type(e).__name__, repr(str(e)))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
b = queue.Queue(1)
b.put(0)
try:
    b.put(1, timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(b.get(timeout=-1) if False else b.get())
