# Names are assigned at creation; threads created inside threads share the counter.
import threading

names = []
lock = threading.Lock()


def inner():
    with lock:
        names.append(threading.current_thread().name)


def outer():
    t = threading.Thread(target=inner)
    with lock:
        names.append("created " + t.name)
    t.start()
    t.join()


t1 = threading.Thread(target=outer)
t1.start()
t1.join()
t2 = threading.Thread(target=inner)
print(t2.name)
t2.start()
t2.join()
print(names)
