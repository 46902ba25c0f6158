# Event: set / clear / is_set / wait with and without timeout.
import threading

e = threading.Event()
print(e.is_set())
print(e.wait(0.01))
print(e.wait(timeout=0))
print(e.wait(-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(timeout=1))
e.set()
print(e.is_set())
e.clear()
print(e.is_set(), e.wait(0.001))
e.clear()
print(e.is_set())
