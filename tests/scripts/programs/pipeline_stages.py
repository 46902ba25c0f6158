# A three-stage text pipeline (tokenize -> normalize -> count) where each stage is a thread linked by queues.
import threading
import queue
import re
from collections import Counter

STOP = object()
TEXT = """The quick brown fox jumps over the lazy dog.
A lazy afternoon: the dog sleeps, the fox waits!
Quick thinking wins; lazy thinking loses.
The end."""

raw_q = queue.Queue(maxsize=2)
token_q = queue.Queue(maxsize=5)
norm_q = queue.Queue()
counts = Counter()
order = []


def tokenize():
    while (line := raw_q.get()) is not STOP:
        for tok in re.findall(r"[A-Za-z']+", line):
            token_q.put(tok)
    token_q.put(STOP)


def normalize():
    stop_words = {"a", "the", "over"}
    while (tok := token_q.get()) is not STOP:
        low = tok.lower()
        if low not in stop_words:
            norm_q.put(low)
    norm_q.put(STOP)


def count():
    while (word := norm_q.get()) is not STOP:
        counts[word] += 1
        order.append(word)


stages = [threading.Thread(target=f, name=f.__name__) for f in (tokenize, normalize, count)]
for s in stages:
    s.start()
for line in TEXT.splitlines():
    raw_q.put(line)
raw_q.put(STOP)
for s in stages:
    s.join()

print("words in order:", " ".join(order))
print("distinct:", len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:10s}{n}")
print("stages alive:", [s.is_alive() for s in stages])
