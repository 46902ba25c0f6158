# Default thread names: Thread-N (target), counting every Thread created in the process.
import threading


def task():
    pass


class Worker(threading.Thread):
    pass


a = threading.Thread(target=task)
b = threading.Thread(target=task, name="custom")
c = threading.Thread()
d = threading.Thread(target=print)
e = Worker()
f = threading.Thread(target=lambda: None)
g = threading.Thread(target=task, name=None)
h = threading.Thread(target=task, name=42)
for t in (a, b, c, d, e, f, g, h):
    print(repr(t.name))
print(threading.main_thread().name)
a.name = "renamed"
print(a.name)
a.start()
a.join()
print(a.name)
