# Thread misuse errors, with CPython's messages.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("start twice:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after finish:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("join main from main:", e)

errors = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=self_join)
s.start()
s.join()
print("join self in thread:", errors)

go = threading.Event()
r = threading.Thread(target=go.wait)
r.start()
try:
    r.daemon = True
except RuntimeError as e:
    print("daemon of active:", e)
go.set()
r.join()
try:
    threading.Thread(target=1).start()
except TypeError:
    print("never: target is called in the thread")
