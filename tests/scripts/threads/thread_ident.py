# get_ident / get_native_id are ints, equal within a thread, distinct across live threads.
import _thread
import threading

print(type(_thread.get_ident()).__name__, type(_thread.get_native_id()).__name__)
print(_thread.get_ident() == threading.get_ident())
print(threading.get_native_id() == _thread.get_native_id())
print(threading.main_thread().ident == _thread.get_ident())
print(threading.main_thread().native_id == _thread.get_native_id())

idents = {}
lock = threading.Lock()
barrier = threading.Barrier(3)


def worker(i):
    barrier.wait()  # all alive at once, so idents must differ
    with lock:
        idents[i] = (threading.get_ident(), threading.get_native_id(),
                     threading.current_thread().ident == threading.get_ident(),
                     threading.current_thread().native_id == threading.get_native_id())


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len({v[0] for v in idents.values()} | {_thread.get_ident()}))
print(len({v[1] for v in idents.values()} | {_thread.get_native_id()}))
print(sorted(v[2] for v in idents.values()), sorted(v[3] for v in idents.values()))
print(all(type(v[0]) is int and v[0] > 0 for v in idents.values()))
print(all(threads[i].ident == idents[i][0] for i in range(3)))
