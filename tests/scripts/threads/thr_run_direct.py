# Calling run() directly runs the target in the calling thread.
import threading

seen = []


def who(tag):
    seen.append((tag, threading.current_thread().name))


t = threading.Thread(target=who, args=("direct",), name="never-started")
t.run()
print(seen)
print(t.is_alive(), t.ident)
t2 = threading.Thread(target=who, args=("started",), name="real")
t2.start()
t2.join()
print(seen[1])
