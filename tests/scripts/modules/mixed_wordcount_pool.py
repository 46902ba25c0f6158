# Word counting with a ThreadPoolExecutor: each worker tokenizes a chunk with re, the results
# are merged, serialized with json and checked with hashlib.
import hashlib
import itertools
import json
import re
from concurrent.futures import ThreadPoolExecutor, as_completed

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope."""

def count_words(chunk):
    counts = {}
    for word in re.findall(r"[a-z']+", chunk.lower()):
        counts[word] = counts.get(word, 0) + 1
    return counts

lines = TEXT.splitlines()
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(count_words, line) for line in lines]
    partials = [f.result() for f in as_completed(futures)]

total = {}
for part in partials:
    for word, n in part.items():
        total[word] = total.get(word, 0) + n
top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
doc = json.dumps(total, sort_keys=True)
print(len(doc), hashlib.md5(doc.encode()).hexdigest())
print(json.loads(doc) == total)
pairs = list(itertools.combinations([w for w, _ in top[:4]], 2))
print(pairs)
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), lines[0][:30]))
print(list(itertools.accumulate(n for _, n in top)))
