# daemon flag: default inherited from the creating thread; settable before start.
import threading

print(threading.main_thread().daemon)
t = threading.Thread(target=lambda: None)
print(t.daemon)
t.daemon = True
print(t.daemon)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
n = threading.Thread(target=lambda: None, daemon=False)
print(n.daemon)
out = []


def make_child():
    c = threading.Thread(target=lambda: None)
    c2 = threading.Thread(target=lambda: None, daemon=False)
    out.append((threading.current_thread().daemon, c.daemon, c2.daemon))


p = threading.Thread(target=make_child, daemon=True)
p.start()
p.join()
print(out)
for th in (t, d, n):
    th.start()
    th.join()
print("done")
