# _thread.start_new_thread with args and kwargs.
import _thread

done = _thread.allocate_lock()
done.acquire()
out = {}


def worker(x, y=0, *, label="none"):
    out["x"] = x
    out["y"] = y
    out["label"] = label
    done.release()


_thread.start_new_thread(worker, (10,), {"y": 5, "label": "kw"})
done.acquire()
print(sorted(out.items()))

# a non-tuple args is a TypeError
for bad in ([1], None, "ab"):
    try:
        _thread.start_new_thread(worker, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    _thread.start_new_thread(worker, (1,), [])
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError", e)
