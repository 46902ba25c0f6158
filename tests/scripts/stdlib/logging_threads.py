# logging from many threads: threadName/thread in records, handler locking keeps lines whole,
# a QueueHandler/QueueListener pair, and a MemoryHandler.
import logging
import logging.handlers
import queue
import sys
import threading
from concurrent.futures import ThreadPoolExecutor


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


lines = ListHandler()
lines.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(message)s"))
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.addHandler(lines)
log.propagate = False

idents = set()


def work(n):
    for i in range(5):
        log.debug("job %d step %d", n, i)
    idents.add(threading.get_ident())


threads = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(lines.lines))
for line in sorted(lines.lines)[:6]:
    print(line)
print(sorted(set(line.split("|")[0] for line in lines.lines)))

# %(thread)d is threading.get_ident() of the logging thread.
seen = []
h2 = logging.Handler()
h2.emit = lambda record: seen.append((record.thread, record.threadName))
log.addHandler(h2)
t = threading.Thread(target=lambda: log.info("from thread"), name="T")
t.start()
t.join()
print(seen[0][1], seen[0][0] == t.ident, seen[0][0] != threading.get_ident())
log.removeHandler(h2)

q = queue.Queue()
collected = ListHandler()
collected.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
listener = logging.handlers.QueueListener(q, collected)
qlog = logging.getLogger("queued")
qlog.setLevel(logging.INFO)
qlog.addHandler(logging.handlers.QueueHandler(q))
qlog.propagate = False
listener.start()


def task(i):
    qlog.info("task %d", i)
    return i * i


with ThreadPoolExecutor(max_workers=3) as ex:
    print(sum(ex.map(task, range(20))))
listener.stop()
print(len(collected.lines))
print(sorted(line.split()[-1] for line in collected.lines) == sorted(str(i) for i in range(20)))
print(all(line.startswith("ThreadPoolExecutor-0_") for line in collected.lines))

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("mem: %(message)s"))
mh = logging.handlers.MemoryHandler(3, target=target)
m = logging.getLogger("mem")
m.addHandler(mh)
m.propagate = False
m.warning("one")
m.warning("two")
print("buffered", len(mh.buffer))
m.warning("three")
print("after capacity", len(mh.buffer))
m.error("flushes at ERROR")
print("after error", len(mh.buffer))
m.warning("left at close")
mh.close()
