# join(timeout) returns None even when the thread is still alive.
import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
print(t.join(0.01))
print(t.is_alive())
print(t.join(timeout=0))
print(t.is_alive())
t.join(-1)
print("negative join timeout returns", t.is_alive())
go.set()
print(t.join(timeout=5))
print(t.is_alive())
t.join()
t.join(0)
print("join after finish ok")
