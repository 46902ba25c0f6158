#!/usr/bin/env python3
"""Differential fuzzing driver: pyth against CPython 3.11 on generated programs.

For programs START..START+COUNT-1 of a seed (tools/fuzz/gen_programs.py), run each under
CPython (in this process, with exec, stdout captured: no process start per program) and under
pyth, and compare stdout, the last line of stderr (an uncaught exception's `Type: message`)
and the exit status. Programs are sent to pyth in batches (several programs concatenated, with
a marker line printed between them) to save process starts; a batch that differs anywhere is
rerun program by program, and only a program that differs on its own is a mismatch. Every
mismatch, and every pyth crash (status 101 is a Rust panic; a signal; a timeout), is re-checked
against `python3 FILE` in a fresh process, minimized (lines and blocks removed while it still
fails the same way) and saved under OUT/ as NAME.py (the minimized program), NAME.orig.py and
NAME.txt (what CPython and pyth did).

    python3 tools/fuzz/run.py --pyth target/release/pyth --seed 1 --count 100000 --jobs 2

A summary (programs run, mismatches, crashes) is printed at the end and written to
OUT/summary.txt.
"""

import argparse
import contextlib
import io
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_programs import PREAMBLE, generate  # noqa: E402

MARK = "#==fuzz-program-boundary=="
PYTH_TIMEOUT = 20


class Result:
    def __init__(self, stdout, last, code, panicked=False):
        self.panicked = panicked  # a Rust panic message anywhere in stderr
        self.stdout = stdout
        self.last = last  # last line of stderr ("" if stderr is empty)
        self.code = code

    def key(self):
        return (self.stdout, self.last, self.code)

    def __repr__(self):
        return f"status {self.code}, stderr last line {self.last!r}\n--- stdout ---\n{self.stdout}"


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def cpython_inproc(src):
    """Runs src in this CPython as `python3 FILE` would, as far as stdout/stderr/status go."""
    out = io.StringIO()
    code, last = 0, ""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(20)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(src, "prog.py", "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
    except Timeout:
        code, last = -999, "timeout in CPython"
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException as e:  # noqa: B902 - the program's uncaught exception
        code = 1
        last = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return Result(out.getvalue(), last, code)


def run_file(argv, path, timeout):
    try:
        p = subprocess.run(argv + [path], stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return Result(out, "TIMEOUT", "timeout")
    text = p.stderr.decode("utf-8", "replace")
    err = text.rstrip("\n").split("\n")
    return Result(p.stdout.decode("utf-8", "replace"), err[-1] if err else "", p.returncode,
                  "panicked at" in text or "internal error" in text)


def is_crash(res):
    return res.code == 101 or res.code == "timeout" or (isinstance(res.code, int) and res.code < 0) \
        or res.panicked


class Worker:
    def __init__(self, pyth, tmpdir):
        self.pyth = pyth
        self.path = os.path.join(tmpdir, f"w{os.getpid()}.py")

    def pyth_run(self, src, timeout=PYTH_TIMEOUT):
        with open(self.path, "w") as f:
            f.write(src)
        return run_file([self.pyth, "run"], self.path, timeout)


WORKER = None
GEN_OPTS = {}


def init_worker(pyth, tmpdir, gen_opts):
    global WORKER, GEN_OPTS
    WORKER = Worker(pyth, tmpdir)
    GEN_OPTS = gen_opts
    sys.setrecursionlimit(1000)


def check_batch(args):
    """Runs programs ns of seed; returns [(n, src, expected, actual)] of those that differ."""
    seed, ns = args
    srcs = {n: generate(seed, n, GEN_OPTS) for n in ns}
    exp = {n: cpython_inproc(srcs[n]) for n in ns}
    # Programs that end normally go in one batch; the others (uncaught exception) run alone.
    batch = [n for n in ns if exp[n].code == 0 and exp[n].last == ""]
    single = [n for n in ns if n not in batch]
    bad = []
    if batch:
        text = "".join(srcs[n] + f"print({MARK!r})\n" for n in batch)
        res = WORKER.pyth_run(text, timeout=PYTH_TIMEOUT * 3)
        want = "".join(exp[n].stdout + MARK + "\n" for n in batch)
        if res.key() != (want, "", 0):
            single = batch + single
    for n in single:
        res = WORKER.pyth_run(srcs[n])
        if res.key() != exp[n].key():
            bad.append((n, srcs[n], exp[n], res))
    return len(ns), bad


# ---- minimization -------------------------------------------------------------------

def blocks(lines):
    """(start, end) ranges of each line together with the lines indented below it."""
    out = []
    for i, line in enumerate(lines):
        ind = len(line) - len(line.lstrip())
        j = i + 1
        while j < len(lines) and (len(lines[j]) - len(lines[j].lstrip()) > ind or not lines[j].strip()):
            j += 1
        out.append((i, j))
    return out


def failure_kind(src, worker):
    """What kind of failure src shows: None when pyth agrees with CPython (or src is invalid)."""
    try:
        compile(src, "prog.py", "exec")
    except SyntaxError:
        return None
    exp = cpython_inproc(src)
    if exp.code == -999:
        return None
    res = worker.pyth_run(src, timeout=10)
    if is_crash(res):
        return ("crash", res.code, res.last)
    if res.key() == exp.key():
        return None
    if res.last != exp.last or res.code != exp.code:
        return ("status", res.last.split(":")[0], exp.last.split(":")[0])
    # Keep CPython's own outcome: removing a definition must not turn into a NameError.
    return ("stdout", exp.code, exp.last)


def minimize(src, worker, budget=250):
    """Removes blocks (largest first) or replaces their bodies by `pass` while src still fails
    the same way; at most `budget` runs. The preamble's helpers are kept whole (cutting into
    `drive` would abandon generators, a different defect), and dropped at the end if unused."""
    kind = failure_kind(src, worker)
    if kind is None or not src.startswith(PREAMBLE):
        return src
    head = PREAMBLE.rstrip("\n").split("\n")
    lines = src[len(PREAMBLE):].rstrip("\n").split("\n")
    tried = set()
    tries = 0

    def fails(cand, head=head):
        nonlocal tries
        text = "\n".join(head + cand) + "\n"
        if text in tried or tries >= budget:
            return False
        tried.add(text)
        tries += 1
        return failure_kind(text, worker) == kind

    def top_blocks(ls):
        return [b for b in blocks(ls) if not ls[b[0]].startswith((" ", "\t"))]

    # Phase 1: drop runs of top-level statements, halving the run length (delta debugging).
    top = top_blocks(lines)
    size = max(len(top) // 2, 1)
    while size >= 1 and tries < budget:
        i = 0
        while i < len(top) and tries < budget:
            run = top[i:i + size]
            cand = lines[:run[0][0]] + lines[run[-1][1]:]
            if fails(cand):
                lines = cand
                top = top_blocks(lines)
            else:
                i += size
        size //= 2
    # Phase 2: single blocks at every depth, largest first; or their body replaced by pass.
    progress = True
    while progress and tries < budget:
        progress = False
        for start, end in sorted(blocks(lines), key=lambda b: (b[0] - b[1], b[0])):
            cands = [lines[:start] + lines[end:]]
            if end - start > 1:
                body = lines[start + 1]
                pad = body[: len(body) - len(body.lstrip())]
                cands.append(lines[: start + 1] + [pad + "pass"] + lines[end:])
            for cand in cands:
                if fails(cand):
                    lines = cand
                    progress = True
                    break
            if progress or tries >= budget:
                break
    # Phase 3: drop the preamble's definitions that the program no longer needs.
    body = "\n".join(lines)
    for start, end in reversed(top_blocks(head)):
        name = head[start].split()[1].split("(")[0].rstrip(":")
        if name not in body and "".join(head[:start] + head[end:]).count(name) == 0:
            cand_head = head[:start] + head[end:]
            tries -= 1  # always allowed
            if fails(lines, cand_head):
                head = cand_head
    return "\n".join(head + lines) + "\n"


def save(out, name, src, small, exp, res, note):
    with open(os.path.join(out, name + ".orig.py"), "w") as f:
        f.write(src)
    with open(os.path.join(out, name + ".py"), "w") as f:
        f.write(small)
    with open(os.path.join(out, name + ".txt"), "w") as f:
        f.write(f"{note}\n=== CPython: {exp!r}\n=== pyth: {res!r}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pyth", default="target/release/pyth")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=25)
    ap.add_argument("--out", default="fuzz-out")
    ap.add_argument("--recheck", help="skip the campaign: recheck and minimize the programs "
                    "listed in this file (lines `SEED N`, as in OUT/failures-*.txt)")
    ap.add_argument("--no-finally-exits", action="store_true",
                    help="generate no return/break/continue inside finally blocks (a known defect family)")
    ap.add_argument("--max-saved", type=int, default=30, help="minimize and save at most this many")
    args = ap.parse_args()
    pyth = os.path.abspath(args.pyth)
    gen_opts = {"finally_exits": not args.no_finally_exits}
    os.makedirs(args.out, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="pyth-fuzz-")
    ns = list(range(args.start, args.start + args.count))
    chunks = [(args.seed, ns[i:i + args.batch]) for i in range(0, len(ns), args.batch)]
    t0 = time.time()
    done = 0
    failures = []
    if args.recheck:
        with open(args.recheck) as f:
            listed = [tuple(map(int, line.split())) for line in f if line.strip()]
        ns = [n for s_, n in listed if s_ == args.seed]
        chunks = [(args.seed, [n]) for n in ns]
    with multiprocessing.Pool(args.jobs, init_worker, (pyth, tmpdir, gen_opts)) as pool:
        for count, bad in pool.imap_unordered(check_batch, chunks):
            done += count
            failures.extend(bad)
            if done % 2000 < args.batch or bad:
                rate = done / max(time.time() - t0, 1e-9)
                print(f"{done}/{len(ns)} programs, {len(failures)} failing, {rate:.0f}/s", flush=True)
    init_worker(pyth, tmpdir, gen_opts)
    with open(os.path.join(args.out, f"failures-s{args.seed}-{'recheck' if args.recheck else args.start}.txt"), "w") as f:
        f.write("".join(f"{args.seed} {n}\n" for n, *_ in sorted(failures, key=lambda f: f[0])))
    # Re-check each failure against a real `python3 FILE`, classify, minimize and save.
    mism = crashes = 0
    log = []
    span = f"recheck of {args.recheck}" if args.recheck else \
        f"programs {args.start}..{args.start + args.count - 1}"
    for i, (n, src, exp, res) in enumerate(sorted(failures, key=lambda f: f[0])):
        path = os.path.join(tmpdir, "recheck.py")
        with open(path, "w") as f:
            f.write(src)
        real = run_file([sys.executable], path, 60)
        if real.key() != exp.key():
            note = "CPython in-process differs from python3 FILE (driver artefact)"
            exp = real
            if real.key() == res.key():
                log.append(f"seed {args.seed} program {n}: driver artefact only")
                continue
        crash = is_crash(res)
        crashes += crash
        mism += not crash
        kind = "crash" if crash else "mismatch"
        name = f"{kind}-s{args.seed}-n{n}"
        small = minimize(src, WORKER) if i < args.max_saved else src
        save(args.out, name, src, small, exp, res, f"seed {args.seed} program {n}: {kind}")
        log.append(f"{name}: pyth {res.code} {res.last!r} / CPython {exp.code} {exp.last!r}")
        print(log[-1], flush=True)
    elapsed = time.time() - t0
    opts = " (no exits in finally)" if args.no_finally_exits else ""
    summary = (f"seed {args.seed}{opts}, {span}: "
               f"{len(ns)} run in {elapsed:.0f} s, {mism} mismatches, {crashes} crashes\n")
    with open(os.path.join(args.out, f"summary-s{args.seed}-{'recheck' if args.recheck else args.start}.txt"), "w") as f:
        f.write(summary + "\n".join(log) + "\n")
    print(summary, end="")


if __name__ == "__main__":
    main()
