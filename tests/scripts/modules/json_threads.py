# Workers parse JSON records, transform them and serialize the results; a queue collects them.
import json
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

records = [json.dumps({"id": i, "name": "user%d" % i, "scores": [i, i * 2, i * 3],
                       "active": i % 2 == 0, "ratio": i / 8}) for i in range(40)]

def process(line):
    rec = json.loads(line)
    rec["total"] = sum(rec["scores"])
    return json.dumps(rec, sort_keys=True, separators=(",", ":"))

with ThreadPoolExecutor(max_workers=4) as pool:
    out = list(pool.map(process, records))
print(len(out))
print(out[0])
print(out[39])

# Bad documents raise JSONDecodeError in the worker that parses them.
bad = ['{"a": 1', '[1, 2,]', '{"k" 3}', 'nope', '"open']
errors = queue.Queue()
def check(doc):
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        errors.put((doc, e.msg, e.pos, e.lineno, e.colno))
threads = [threading.Thread(target=check, args=(d,)) for d in bad]
for t in threads: t.start()
for t in threads: t.join()
for item in sorted(errors.queue):
    print(item)

# A shared encoder subclass used from several threads.
class TupleEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, frozenset):
            return sorted(o)
        return super().default(o)
enc = TupleEncoder(indent=None)
def encode(i):
    return enc.encode({"n": i, "tags": frozenset({"b%d" % i, "a"})})
with ThreadPoolExecutor(max_workers=3) as pool:
    for s in pool.map(encode, range(5)):
        print(s)
