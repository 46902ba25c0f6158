# threading.excepthook can be replaced; it receives ExceptHookArgs.
import threading

seen = []
lock = threading.Lock()


def hook(args):
    with lock:
        seen.append((args.exc_type.__name__, str(args.exc_value),
                     args.exc_traceback is not None, args.thread.name))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def fail(i):
    raise KeyError(i) if i % 2 else ValueError("v%d" % i)


ts = [threading.Thread(target=fail, args=(i,), name="t%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for s in sorted(seen):
    print(s)
threading.excepthook = threading.__excepthook__
print("restored")
