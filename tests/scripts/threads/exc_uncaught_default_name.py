# The report names the thread: Exception in thread Thread-N (target):
import sys
import threading


def fail():
    {}["missing"]


t = threading.Thread(target=fail)
t.start()
t.join()
print(t.name)
sys.stderr.flush()
