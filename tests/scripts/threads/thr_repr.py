# Thread repr states (the ident part is cut off).
import threading


def state(t):
    r = repr(t)
    return r.split(" ")[0] + " " + r[r.index(",") + 2:].split(" ")[0].rstrip(")>")


def task():
    pass


t = threading.Thread(target=task, name="w")
print(repr(t))
t.daemon = True
print(repr(t))
go = threading.Event()
u = threading.Thread(target=go.wait, name="u")
u.start()
print(state(u))
go.set()
u.join()
print(state(u))
print(repr(u).endswith(")>"))
print(repr(threading.Thread(target=task)))
print(state(threading.main_thread()))
