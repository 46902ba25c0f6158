# An attribute set in one thread is missing in another; del is per thread.
import threading

data = threading.local()
data.only_main = 1
res = []


def work():
    try:
        data.only_main
    except AttributeError:
        res.append("missing in thread")
    data.t = 2
    del data.t
    res.append(hasattr(data, "t"))
    try:
        del data.t
    except AttributeError:
        res.append("del missing")


t = threading.Thread(target=work)
t.start()
t.join()
print(res)
print(data.only_main, hasattr(data, "t"))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
