# A subclass whose __init__ does not call Thread.__init__ cannot start.
import threading


class Bad(threading.Thread):
    def __init__(self):
        self.x = 1

    def run(self):
        print("never")


b = Bad()
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError", e)
print("done")
