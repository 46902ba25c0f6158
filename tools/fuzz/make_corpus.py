#!/usr/bin/env python3
"""Writes tests/fuzz/corpus.txt: generated programs with CPython 3.11's results, for the quick
differential test `cargo test --test fuzz_programs` (which never runs Python).

    python3 tools/fuzz/make_corpus.py                  # seed 1000, 300 programs (the default)
    python3 tools/fuzz/make_corpus.py --seed 7 --count 400

Each program is run as `python3 FILE` in a fresh process (PYTHONHASHSEED=0). Programs longer
than --max-bytes are skipped (the corpus stays small); the numbers of the programs kept are
recorded, so any entry can be regenerated with `gen_programs.py SEED N`.

Format (one file; the program text never starts a line with `####`):

    #### preamble            the common preamble (gen_programs.PREAMBLE), once
    ...
    #### program SEED N      a program's text after the preamble
    ...
    #### stdout              its stdout, line by line (each line ends with a newline)
    ...
    #### status CODE         exit status
    #### stderr LAST-LINE    last line of stderr, only when stderr is not empty
"""

import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_programs import PREAMBLE, generate  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1000)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--max-bytes", type=int, default=7000)
    ap.add_argument("--out", default=os.path.join(ROOT, "tests", "fuzz", "corpus.txt"))
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expectations are defined by CPython 3.11, this is {sys.version.split()[0]}",
              file=sys.stderr)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    out = [f"#### preamble\n{PREAMBLE}"]
    kept = 0
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.py")
        while kept < args.count:
            src = generate(args.seed, n)
            n += 1
            if len(src) > args.max_bytes:
                continue
            assert src.startswith(PREAMBLE)
            with open(path, "w") as f:
                f.write(src)
            p = subprocess.run([sys.executable, path], stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=60, env=env, cwd=tmp)
            stdout = p.stdout.decode()
            assert stdout == "" or stdout.endswith("\n"), "stdout must end with a newline"
            assert "\n####" not in "\n" + stdout and "\n####" not in "\n" + src
            out.append(f"#### program {args.seed} {n - 1}\n{src[len(PREAMBLE):]}")
            out.append(f"#### stdout\n{stdout}")
            out.append(f"#### status {p.returncode}\n")
            err = p.stderr.decode().rstrip("\n")
            if err:
                out.append(f"#### stderr {err.split(chr(10))[-1]}\n")
            kept += 1
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write("".join(out))
    print(f"{args.out}: {kept} programs (seed {args.seed}, numbers 0..{n - 1}, "
          f"{n - kept} skipped as longer than {args.max_bytes} bytes)")


if __name__ == "__main__":
    main()
