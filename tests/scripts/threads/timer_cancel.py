# A cancelled Timer never calls its function; cancel after it ran is harmless.
import threading

out = []
t = threading.Timer(30, out.append, args=("never",))
t.start()
t.cancel()
t.join(5)
print(out, t.is_alive())
t = threading.Timer(10, out.append, args=("never",))
t.cancel()  # before start
t.start()
t.join(5)
print(out, t.is_alive())
t = threading.Timer(0, out.append, args=("ran",))
t.start()
t.join()
t.cancel()
print(out)
