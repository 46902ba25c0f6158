# Parallel word counting: chunks counted by pool workers into Counters and merged with functools.reduce.
from concurrent.futures import ThreadPoolExecutor, as_completed
from collections import Counter
from functools import reduce
import operator
import re
import textwrap

CORPUS = textwrap.dedent("""
    It was a bright cold day in April and the clocks were striking thirteen.
    The hallway smelt of boiled cabbage and old rag mats. At one end of it a
    coloured poster, too large for indoor display, had been tacked to the wall.
    It depicted simply an enormous face, more than a metre wide: the face of a
    man of about forty-five, with a heavy black moustache and ruggedly handsome
    features. Winston made for the stairs. It was no use trying the lift.
""").strip()

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def count_chunk(lines):
    c = Counter()
    for line in lines:
        c.update(WORD.findall(line.lower()))
    return c


lines = CORPUS.splitlines()
chunks = [lines[i:i + 2] for i in range(0, len(lines), 2)]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(count_chunk, ch) for ch in chunks]
    partials = [f.result() for f in as_completed(futures)]

total = reduce(operator.add, partials, Counter())
print("chunks:", len(chunks))
print("total words:", sum(total.values()))
print("distinct words:", len(total))
top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"  {word:<8}{n:>3}")
print("hyphenated:", sorted(w for w in total if "-" in w))
print("sequential agrees:", total == count_chunk(lines))
print("longest:", max(sorted(total), key=len))
