# A Condition built on a given lock shares it; acquire/release pass through.
import threading

lock = threading.Lock()
cond = threading.Condition(lock)
print(cond.acquire())
print(lock.locked())
print(cond.acquire(False))
cond.release()
print(lock.locked())
with cond:
    print(lock.locked())
r = threading.RLock()
c2 = threading.Condition(r)
with c2:
    with c2:
        print("reentrant ok")
    print(c2.wait(0.001))
c3 = threading.Condition()
with c3:
    with c3:
        print("default lock is reentrant")
