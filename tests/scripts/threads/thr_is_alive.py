# is_alive before start, while running, after join.
import threading

go = threading.Event()
running = threading.Event()


def work():
    running.set()
    go.wait()


t = threading.Thread(target=work)
print(t.is_alive())
t.start()
running.wait()
print(t.is_alive())
print(t in threading.enumerate())
go.set()
t.join()
print(t.is_alive())
print(t in threading.enumerate())
print(threading.main_thread().is_alive())
