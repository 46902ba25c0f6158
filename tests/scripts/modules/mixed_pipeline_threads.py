# A producer/consumer pipeline, tutorial style: a producer thread emits JSON events, worker
# threads validate them with regular expressions, fingerprint them with hashlib and batch
# them with itertools; the main thread joins everything and prints a sorted report.
import hashlib
import itertools
import json
import queue
import re
import threading

EMAIL = re.compile(r'^(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)$')
events = queue.Queue()
results = queue.Queue()
STOP = None

def producer(n):
    names = itertools.cycle(['ann', 'bob', 'cy', 'dee'])
    domains = itertools.cycle(['example.com', 'mail.org', 'bad_domain', 'x.io'])
    for i, name, domain in zip(range(n), names, domains):
        events.put(json.dumps({'id': i, 'email': '%s%d@%s' % (name, i, domain), 'size': i * 3}))
    for _ in range(3):
        events.put(STOP)

def worker():
    while True:
        raw = events.get()
        if raw is STOP:
            break
        event = json.loads(raw)
        m = EMAIL.match(event['email'])
        digest = hashlib.sha1(raw.encode()).hexdigest()[:10]
        results.put((event['id'], bool(m), m.group('domain') if m else None, digest))

threads = [threading.Thread(target=producer, args=(24,))]
threads += [threading.Thread(target=worker, name='worker-%d' % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

rows = sorted(results.queue)
print(len(rows), sum(ok for _, ok, _, _ in rows))
for domain, group in itertools.groupby(sorted(r[2] or '-' for r in rows)):
    print(domain, len(list(group)))
for batch in itertools.islice(zip(*[iter(rows)] * 4), 2):
    print([r[0] for r in batch], [r[3] for r in batch])
print(json.dumps({'valid': [r[0] for r in rows if r[1]][:5]}, sort_keys=True))
