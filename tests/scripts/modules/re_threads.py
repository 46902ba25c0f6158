# Log lines parsed by a pool of workers with shared compiled patterns and module-level re
# calls (whose cache is shared by every thread).
import re
import threading
from concurrent.futures import ThreadPoolExecutor

LINE = re.compile(r'(?P<ts>\d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] (?P<worker>w\d+): (?P<msg>.*)')
lines = ["%02d:%02d:%02d [%s] w%d: job %d took %dms" % (i // 3600, i // 60 % 60, i % 60,
         ["INFO", "WARN", "ERROR"][i % 3], i % 4, i, i * 7 % 100) for i in range(60)]

def parse(line):
    m = LINE.match(line)
    d = m.groupdict()
    ms = int(re.search(r'took (\d+)ms', d['msg']).group(1))
    return d['level'], d['worker'], ms

with ThreadPoolExecutor(max_workers=4) as pool:
    parsed = list(pool.map(parse, lines))
totals = {}
for level, worker, ms in parsed:
    totals[level] = totals.get(level, 0) + ms
print(sorted(totals.items()))
print(parsed[:3])

# Each thread compiles and uses its own patterns while others do the same.
results = {}
lock = threading.Lock()
def work(n):
    words = re.findall(r'[a-z]+', "alpha beta gamma delta " * n)
    swapped = re.sub(r'(\w+) (\w+)', r'\2 \1', "one two three four")
    parts = re.split(r'\s*,\s*', "a , b,c ,d")
    with lock:
        results[n] = (len(words), swapped, parts)
threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 7)]
for t in threads: t.start()
for t in threads: t.join()
for n in sorted(results):
    print(n, results[n])

# Errors in workers are re.error with CPython's message.
def bad(p):
    try:
        re.compile(p)
        return p, None
    except re.error as e:
        return p, str(e)
with ThreadPoolExecutor(max_workers=2) as pool:
    for p, e in pool.map(bad, ['(ab', 'a{3,1}', '[x', 'ok+']):
        print(p, e)
