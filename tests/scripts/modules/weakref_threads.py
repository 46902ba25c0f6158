# A WeakValueDictionary cache shared by worker threads (under a lock); entries vanish
# once no worker holds the object, and callbacks run in whichever thread is running.
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor


class Resource:
    def __init__(self, key):
        self.key = key
        self.uses = 0


cache = weakref.WeakValueDictionary()
lock = threading.Lock()
created = []
released = []


def get(key):
    with lock:
        r = cache.get(key)
        if r is None:
            r = Resource(key)
            cache[key] = r
            created.append(key)
            weakref.finalize(r, released.append, key)
        return r


def job(i):
    r = get(i % 3)
    with lock:
        r.uses += 1
    return r.key


held = [get(k) for k in range(3)]
with ThreadPoolExecutor(max_workers=4) as pool:
    keys = list(pool.map(job, range(30)))
print(sorted(keys)[:6], len(keys), sorted(created), sorted(cache.keys()))
print(sorted((r.key, r.uses) for r in held))
del held
print(len(cache), sorted(released))

refs = []


def make(n):
    obj = Resource(n)
    refs.append(weakref.ref(obj))
    return n


threads = [threading.Thread(target=make, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(refs), [r() for r in refs])
