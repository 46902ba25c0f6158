# SystemExit in a thread ends only that thread, silently.
import sys
import threading


def leave():
    sys.exit(3)


def leave2():
    raise SystemExit("quiet")


for f in (leave, leave2):
    t = threading.Thread(target=f)
    t.start()
    t.join()
print("still running")
