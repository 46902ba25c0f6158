# ident and native_id are None before start and ints afterwards; they outlive the thread.
import threading

got = {}


def work():
    got["ident"] = threading.get_ident()
    got["native"] = threading.get_native_id()


t = threading.Thread(target=work)
print(t.ident, t.native_id)
t.start()
t.join()
print(type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident == got["ident"], t.native_id == got["native"])
print(t.ident != threading.main_thread().ident)
