# Each thread gets a deep copy of a shared config to mutate freely; a shallow copy would share nested lists.
import copy
import threading
import json

BASE = {
    "name": "crawler",
    "limits": {"depth": 2, "pages": 10},
    "allow": ["example.org"],
    "headers": {"User-Agent": "pyth-test/1.0"},
}

results = {}
lock = threading.Lock()


def run_variant(label, depth, extra_domain):
    cfg = copy.deepcopy(BASE)
    cfg["name"] = f"{BASE['name']}-{label}"
    cfg["limits"]["depth"] = depth
    cfg["allow"].append(extra_domain)
    with lock:
        results[label] = cfg


variants = [("fast", 1, "a.test"), ("deep", 5, "b.test"), ("wide", 3, "c.test")]
threads = [threading.Thread(target=run_variant, args=v, name=f"cfg-{v[0]}") for v in variants]
for t in threads:
    t.start()
for t in threads:
    t.join()
for label in sorted(results):
    print(label, json.dumps(results[label], sort_keys=True))
print("base untouched:", json.dumps(BASE, sort_keys=True))

shared_lists = []
shallow_lock = threading.Lock()


def shallow_variant(domain):
    cfg = copy.copy(BASE)
    with shallow_lock:
        cfg["allow"].append(domain)   # mutates BASE["allow"] too!
        shared_lists.append(cfg["allow"] is BASE["allow"])


ts = [threading.Thread(target=shallow_variant, args=(d,)) for d in ("x.test", "y.test")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("shallow copies share list:", shared_lists)
print("base allow now:", sorted(BASE["allow"]))


class Job:
    def __init__(self, tags):
        self.tags = tags
        self.lock = threading.Lock()

    def __deepcopy__(self, memo):
        # locks cannot be deep-copied; give the copy a fresh one
        return Job(copy.deepcopy(self.tags, memo))


j = Job(["x", ["y"]])
j2 = copy.deepcopy(j)
j2.tags[1].append("z")
print("custom deepcopy:", j.tags, j2.tags, j.lock is not j2.lock)
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print("deepcopy lock:", type(e).__name__)
