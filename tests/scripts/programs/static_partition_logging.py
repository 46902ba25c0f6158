# Named threads with static work partitions log into a list handler; main prints the lines sorted.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(threadName)s:%(levelname)s:%(name)s:%(message)s")


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        # Handler.handle() already holds the handler lock here.
        self.lines.append(self.format(record))


collector = ListHandler()
collector.setFormatter(logging.Formatter("%(threadName)-9s %(levelname)-7s %(name)s | %(message)s"))
worker_log = logging.getLogger("app.worker")
worker_log.setLevel(logging.DEBUG)
worker_log.addHandler(collector)
worker_log.propagate = False

totals = {}


def work(chunk):
    name = threading.current_thread().name
    total = 0
    for n in chunk:
        if n % 7 == 0:
            worker_log.debug("skip %d", n)
            continue
        total += n
    if total > 100:
        worker_log.warning("large total %d for %d..%d", total, chunk[0], chunk[-1])
    else:
        worker_log.info("total %d for %d..%d", total, chunk[0], chunk[-1])
    totals[name] = total


data = list(range(1, 41))
chunks = [data[i:i + 8] for i in range(0, len(data), 8)]
threads = [threading.Thread(target=work, args=(c,), name=f"part-{i}") for i, c in enumerate(chunks)]
main_log = logging.getLogger("app.main")
main_log.info("starting %d workers", len(threads))
for t in threads:
    t.start()
for t in threads:
    t.join()

for line in sorted(collector.lines):
    print(line)
main_log.info("grand total %d", sum(totals.values()))
main_log.info("per part %s", [totals[k] for k in sorted(totals)])
main_log.info("records collected: %d", len(collector.lines))
