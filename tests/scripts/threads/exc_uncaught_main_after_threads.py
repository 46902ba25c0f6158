# An uncaught exception in main after threads finished: traceback and exit code 1.
import threading

res = []
ts = [threading.Thread(target=res.append, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
lock = threading.RLock()
lock.release()
