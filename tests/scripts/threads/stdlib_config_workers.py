"""Each worker deep-copies a shared default configuration, changes its own copy, and reports
through a SimpleNamespace; the main thread pretty-prints the merged results and checks that
the template was never modified. warnings raised in workers are collected by a custom
showwarning hook."""
import copy
import pprint
import threading
import types
import warnings

DEFAULTS = {"retries": 3, "hosts": ["a.example", "b.example"], "limits": {"cpu": 2, "mem": 512}}
reports = []
caught = []
lock = threading.Lock()


def record_warning(message, category, filename, lineno, file=None, line=None):
    with lock:
        caught.append(f"{category.__name__}: {message}")


warnings.showwarning = record_warning


def worker(index: int) -> None:
    config = copy.deepcopy(DEFAULTS)
    config["hosts"].append(f"worker{index}.example")
    config["limits"]["cpu"] += index
    if config["limits"]["cpu"] > 4:
        warnings.warn(f"worker {index} asked for {config['limits']['cpu']} cpus", ResourceWarning)
        warnings.warn(f"worker {index} is over budget", UserWarning)
    report = types.SimpleNamespace(worker=index, hosts=len(config["hosts"]), **config["limits"])
    with lock:
        reports.append(report)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

reports.sort(key=lambda r: r.worker)
pprint.pprint([vars(r) for r in reports], width=60)
print(reports[0])
pprint.pprint(DEFAULTS)
print(sorted(caught))
