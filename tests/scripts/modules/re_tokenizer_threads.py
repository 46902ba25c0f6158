# The tokenizer recipe from the re documentation, run on several programs at once by a
# thread pool; each thread uses the same compiled master pattern and Match.lastgroup.
import re
from concurrent.futures import ThreadPoolExecutor

TOKEN_SPEC = [
    ('NUMBER',   r'\d+(\.\d*)?'),
    ('ASSIGN',   r':='),
    ('END',      r';'),
    ('ID',       r'[A-Za-z]+'),
    ('OP',       r'[+\-*/]'),
    ('NEWLINE',  r'\n'),
    ('SKIP',     r'[ \t]+'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))

def tokenize(code):
    tokens = []
    line = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line += 1
            continue
        elif kind == 'SKIP':
            continue
        tokens.append((kind, value, line, column))
    return tokens

programs = [
    "total := total + price * quantity;\ntax := price * 0.05;",
    "x := 1;\ny := x + 2.5 * 3;\nz := y / 2;",
    "if := 3 $ 4;",
]
with ThreadPoolExecutor(max_workers=3) as pool:
    for prog, toks in zip(programs, pool.map(tokenize, programs)):
        print(len(toks), toks[:4])
        print([t for t in toks if t[0] == 'MISMATCH'])
print(MASTER.groups, sorted(MASTER.groupindex)[:3])
