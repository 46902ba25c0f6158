# Every duration taken from a user's number: CPython's conversion, exception type and message.
import sys, time, threading, _thread, queue
import urllib.request


def t(code):
    try:
        r = eval(code)
        print(code, "ok", r)
    except Exception as e:
        print(code, type(e).__name__, e)


for c in [
    "time.sleep(1e300)", "time.sleep(1e19)", "time.sleep(-1)", "time.sleep(float('nan'))",
    "time.sleep(float('inf'))", "time.sleep(-0.0)", "time.sleep(10**30)", "time.sleep(2**63)",
    "time.sleep(9223372036.9)", "time.sleep(9223372037)", "time.sleep('x')", "time.sleep(None)",
    "time.sleep(True)",
    "sys.setswitchinterval(1e300)", "sys.setswitchinterval(1e19)",
    "sys.setswitchinterval(float('nan'))", "sys.setswitchinterval(float('inf'))",
    "sys.setswitchinterval(-1)", "sys.setswitchinterval(0)", "sys.setswitchinterval(1e-300)",
    "sys.setswitchinterval(10**400)", "sys.setswitchinterval(0.005)",
    "_thread.allocate_lock().acquire(timeout=1e300)",
    "_thread.allocate_lock().acquire(timeout=float('nan'))",
    "_thread.allocate_lock().acquire(timeout=-2)",
    "_thread.allocate_lock().acquire(timeout=float('inf'))",
    "_thread.allocate_lock().acquire(timeout=10**30)",
    "_thread.allocate_lock().acquire(timeout=9223372036)",
    "_thread.allocate_lock().acquire(timeout=9223372036.5)",
    "_thread.allocate_lock().acquire(timeout=9223372037)",
    "_thread.allocate_lock().acquire(timeout=1e10)",
    "_thread.allocate_lock().acquire(timeout=-1)",
    "_thread.allocate_lock().acquire(timeout=0)",
    "_thread.allocate_lock().acquire(timeout=1e-300)",
    "_thread.allocate_lock().acquire(timeout=True)",
    "_thread.allocate_lock().acquire(timeout='x')",
    "_thread.allocate_lock().acquire(False, 1)",
    "_thread.allocate_lock().acquire(False, -1)",
    "_thread.RLock().acquire(timeout=1e300)",
    "threading.Event().wait(1e300)", "threading.Event().wait(float('nan'))",
    "threading.Event().wait(-5)",
    "threading.Semaphore(0).acquire(timeout=1e300)",
    "threading.Condition().acquire(timeout=1e300)",
    "queue.Queue().get(timeout=1e300)", "queue.Queue().get(timeout=-1)",
    "_thread.stack_size(-1)", "_thread.stack_size(100)", "_thread.stack_size(0)",
]:
    t(c)

for tm in (1e300, float('nan'), -1, 10**30, 'x'):
    try:
        urllib.request.urlopen('http://127.0.0.1:9/', timeout=tm)
    except Exception as e:
        print(tm, type(e).__name__, e)
