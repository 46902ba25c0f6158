# Graceful shutdown: a SIGTERM handler (run in the main thread) sets an Event; worker
# threads drain a queue until told to stop, then the main thread reports what was done.
import os
import queue
import signal
import threading
import time

stop = threading.Event()
work = queue.Queue()
done = []
done_lock = threading.Lock()


def on_term(signum, frame):
    print('got SIGTERM', signum == signal.SIGTERM, threading.current_thread() is threading.main_thread())
    stop.set()


signal.signal(signal.SIGTERM, on_term)


def worker(name):
    while not stop.is_set():
        try:
            item = work.get(timeout=0.05)
        except queue.Empty:
            continue
        with done_lock:
            done.append((name, item * item))
        work.task_done()


for i in range(20):
    work.put(i)
threads = [threading.Thread(target=worker, args=('w%d' % n,), name='w%d' % n) for n in range(3)]
for t in threads:
    t.start()
work.join()
os.kill(os.getpid(), signal.SIGTERM)
stop.wait(10)
for t in threads:
    t.join()
print(stop.is_set(), len(done), sorted(v for _, v in done)[:5], sum(v for _, v in done))
print(all(not t.is_alive() for t in threads))
