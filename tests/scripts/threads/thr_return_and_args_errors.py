# A target's return value is discarded; a bad call signature fails in the thread.
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, args.thread.name))


threading.excepthook = hook


def f(a):
    return a * 2


t = threading.Thread(target=f, args=(1,), name="ok")
t.start()
t.join()
t = threading.Thread(target=f, args=(1, 2), name="toomany")
t.start()
t.join()
print(caught)
