#!/usr/bin/env python3
"""Regenerate the expectations of the parser corpus with CPython 3.11.

    python3 tests/parse/regen.py            # rewrite every .ast / .err
    python3 tests/parse/regen.py --check    # only report stale or missing expectations

ok/NAME.py  -> ok/NAME.ast : ast.dump(ast.parse(src)) on one line.
err/NAME.py -> err/NAME.err: three lines, what compile(src, NAME, 'exec') raises:
                             the exception class name, the line number, the message.
                             ast.parse must raise the same error (the error must come from
                             the tokenizer or parser, not from the symtable or compiler).

Sources are read as bytes and decoded as UTF-8. The Rust harness (tests/parse_corpus.rs)
never runs Python; it only reads these files.
"""

import ast
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

if sys.version_info[:2] != (3, 11):
    sys.exit(f"regen.py needs CPython 3.11 (this is {sys.version.split()[0]})")


def read(path):
    return path.read_bytes().decode("utf-8")


def expect_ok(path):
    src = read(path)
    tree = ast.parse(src, path.name, "exec")
    return ast.dump(tree) + "\n"


def expect_err(path):
    src = read(path)
    name = path.name
    try:
        compile(src, name, "exec")
    except SyntaxError as e:  # IndentationError and TabError are subclasses
        err = e
    else:
        raise SystemExit(f"{path}: compiles without error; not an err case")
    try:
        ast.parse(src, name, "exec")
    except SyntaxError as e:
        if (type(e), e.lineno, e.msg) != (type(err), err.lineno, err.msg):
            raise SystemExit(
                f"{path}: ast.parse and compile disagree: "
                f"{type(e).__name__}@{e.lineno} {e.msg!r} vs "
                f"{type(err).__name__}@{err.lineno} {err.msg!r}"
            )
    else:
        raise SystemExit(
            f"{path}: ast.parse accepts it: {type(err).__name__}: {err.msg} "
            "comes from the compiler, not the parser"
        )
    return f"{type(err).__name__}\n{err.lineno}\n{err.msg}\n"


def main():
    check = "--check" in sys.argv[1:]
    stale = 0
    for kind, ext, fn in (("ok", ".ast", expect_ok), ("err", ".err", expect_err)):
        for py in sorted((HERE / kind).glob("*.py")):
            want = fn(py)
            out = py.with_suffix(ext)
            have = out.read_text(encoding="utf-8") if out.exists() else None
            if have != want:
                stale += 1
                if check:
                    print(f"stale: {out.relative_to(HERE)}")
                else:
                    out.write_text(want, encoding="utf-8")
                    print(f"wrote: {out.relative_to(HERE)}")
        for exp in sorted((HERE / kind).glob("*" + ext)):
            if not exp.with_suffix(".py").exists():
                print(f"orphan (no .py): {exp.relative_to(HERE)}")
                stale += 1
    if check and stale:
        sys.exit(1)


if __name__ == "__main__":
    main()
