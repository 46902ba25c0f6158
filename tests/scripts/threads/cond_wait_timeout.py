# Condition.wait(timeout) returns False on timeout, True when notified.
import threading

cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
    print(cond.wait(timeout=0))
    print(cond.wait(-1))
ready = threading.Event()
result = []


def waiter():
    with cond:
        ready.set()
        result.append(cond.wait(timeout=10))


t = threading.Thread(target=waiter)
t.start()
ready.wait()
with cond:  # the waiter released the lock in wait()
    cond.notify()
t.join()
print(result)
