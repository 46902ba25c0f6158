# Sessions created by worker threads are tracked in weak containers; finalizers are run explicitly.
import threading
import weakref
from datetime import datetime, timedelta

EPOCH = datetime(2024, 1, 15, 9, 30)


class Session:
    def __init__(self, user, minutes):
        self.user = user
        self.expires = EPOCH + timedelta(minutes=minutes)

    def __repr__(self):
        return f"Session({self.user!r}, expires={self.expires:%H:%M})"


registry = weakref.WeakValueDictionary()
active = weakref.WeakSet()
meta = weakref.WeakKeyDictionary()
closed = []
finalizers = {}
keep_alive = []
lock = threading.Lock()


def login(user, minutes):
    s = Session(user, minutes)
    fin = weakref.finalize(s, closed.append, user)
    with lock:
        keep_alive.append(s)
        registry[user] = s
        active.add(s)
        meta[s] = {"logins": 1}
        finalizers[user] = fin


users = [("ana", 30), ("ben", 5), ("cai", 90), ("dee", 15), ("eli", 60)]
threads = [threading.Thread(target=login, args=u, name=f"login-{u[0]}") for u in users]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("registered:", sorted(registry.keys()))
print("active count:", len(active))
ref = weakref.ref(registry["cai"])
print("weak ref resolves:", ref(), "same object:", ref() is registry["cai"])
now = EPOCH + timedelta(minutes=20)
expired = sorted(s.user for s in keep_alive if s.expires <= now)
print("at", now.strftime("%Y-%m-%d %H:%M"), "expired:", expired)
for user in expired:
    fin = finalizers[user]
    print(f"finalize {user}: alive={fin.alive}", end=" ")
    fin()
    print(f"-> alive={fin.alive}")
print("closed:", closed)
print("calling again does nothing:", finalizers["ben"]())
for fin in finalizers.values():
    fin.detach()
print("detached all, alive:", [f.alive for f in finalizers.values()])
print("meta for ana:", meta[registry["ana"]])
remaining = sorted((s.expires - now for s in keep_alive if s.expires > now))
print("time left:", [str(r) for r in remaining])
print("proxy user:", weakref.proxy(registry["eli"]).user)
