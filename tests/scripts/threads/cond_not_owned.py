# wait / notify without holding the lock are RuntimeErrors.
import threading

cond = threading.Condition()
for name, call in [("wait", lambda: cond.wait(0)), ("notify", cond.notify),
                   ("notify_all", cond.notify_all), ("wait_for", lambda: cond.wait_for(lambda: True))]:
    try:
        call()
        print(name, "no error")
    except RuntimeError as e:
        print(name, "RuntimeError", e)
lock_cond = threading.Condition(threading.Lock())
try:
    lock_cond.notify()
except RuntimeError as e:
    print("plain lock:", e)
with lock_cond:
    lock_cond.notify()
    print("owned ok")
