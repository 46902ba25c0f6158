#!/usr/bin/env python3
"""Regenerate the expectations of the script tests from CPython 3.11.

For every test script tests/scripts/**/NAME.py (or only those named on the command line),
run `python3 NAME.py` in the script's directory with stdin from /dev/null and write:

  NAME.out   stdout, exactly
  NAME.code  the exit code, only when it is nonzero
  NAME.err   the last line of stderr, only when stderr is non-empty (for a traceback that is
             the `Type: message` line; the `File "...", line N` lines above it depend on paths)

Stale .code/.err files are removed. With --check nothing is written: the script reports each
test whose checked-in expectations differ from what CPython produces, and exits 1 if any do.

Discovery matches tests/scripts.rs: files whose name starts with `_` are helpers, not tests;
directories whose name starts with `_` or `.`, directories named `helpers`, and packages (those
holding an `__init__.py`) are skipped; files directly in tests/scripts are not tests.

    python3 tests/scripts/regen.py                       # everything
    python3 tests/scripts/regen.py lang/closures.py      # one script (path relative to here,
                                                         # to the cwd, or absolute)
    python3 tests/scripts/regen.py --check               # report stale expectations
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60

if sys.version_info[:2] != (3, 11):
    print(
        f"warning: expectations are defined by CPython 3.11, this is {sys.version.split()[0]}",
        file=sys.stderr,
    )


def is_test_dir(path):
    name = os.path.basename(path)
    return (
        not name.startswith("_")
        and not name.startswith(".")
        and name != "helpers"
        and not os.path.exists(os.path.join(path, "__init__.py"))
    )


def discover():
    found = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if is_test_dir(os.path.join(root, d)))
        if os.path.samefile(root, HERE):
            continue
        for f in sorted(files):
            if f.endswith(".py") and not f.startswith("_"):
                found.append(os.path.join(root, f))
    return sorted(found)


def resolve(arg):
    for cand in (arg, os.path.join(HERE, arg)):
        if os.path.isfile(cand):
            return os.path.abspath(cand)
        if not cand.endswith(".py") and os.path.isfile(cand + ".py"):
            return os.path.abspath(cand + ".py")
    sys.exit(f"no such script: {arg}")


def expectations(script):
    """Runs CPython on the script; returns {suffix: content or None}."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [sys.executable, os.path.basename(script)],
        cwd=os.path.dirname(script),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        env=env,
    )
    out = proc.stdout.decode("utf-8")
    err = proc.stderr.decode("utf-8")
    result = {".out": out, ".code": None, ".err": None}
    if proc.returncode != 0:
        result[".code"] = f"{proc.returncode}\n"
    if err:
        lines = err.rstrip("\n").split("\n")
        result[".err"] = lines[-1] + "\n"
    return result


def read(path):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    scripts = [resolve(a) for a in args] if args else discover()
    stale = []
    for script in scripts:
        base = script[:-3]
        rel = os.path.relpath(script, HERE)
        want = expectations(script)
        for suffix, content in want.items():
            path = base + suffix
            have = read(path)
            if have == content:
                continue
            if check:
                stale.append(f"{rel}: {suffix} is stale")
                continue
            if content is None:
                os.remove(path)
            else:
                with open(path, "w", encoding="utf-8", newline="") as f:
                    f.write(content)
        if not check:
            print(f"regenerated {rel}")
    if check:
        for line in stale:
            print(line)
        if stale:
            print(f"{len(stale)} stale expectation(s); run python3 tests/scripts/regen.py")
            sys.exit(1)
        print(f"{len(scripts)} script(s) up to date")


if __name__ == "__main__":
    main()
