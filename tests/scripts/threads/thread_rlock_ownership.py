# An RLock held by main cannot be released or taken by another thread.
import _thread
import threading

r = threading.RLock()
r.acquire()
out = []
done = threading.Event()


def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append("release: RuntimeError " + str(e))
    out.append("acquire nonblocking: " + str(r.acquire(False)))
    out.append("acquire timeout: " + str(r.acquire(timeout=0.01)))
    done.set()


t = threading.Thread(target=other)
t.start()
t.join()
print("\n".join(out))
print(done.is_set())
r.release()


# after main releases, the other thread can take it
def taker():
    out.append("taken: " + str(r.acquire(timeout=5)))
    r.release()


t = threading.Thread(target=taker)
t.start()
t.join()
print(out[-1])
native = _thread.RLock()
try:
    native.release()
except RuntimeError as e:
    print("native:", e)
