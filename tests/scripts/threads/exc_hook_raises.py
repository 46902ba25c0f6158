# The exception from a subclass's run() goes to the hook with the thread object.
import threading

got = []


class Worker(threading.Thread):
    def run(self):
        raise RuntimeError("from run of " + self.name)


threading.excepthook = lambda a: got.append((a.exc_type, str(a.exc_value), a.thread is w))
w = Worker(name="sub")
w.start()
w.join()
print(got)
print(w.is_alive())
