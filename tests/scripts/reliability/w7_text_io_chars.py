# Text files count characters and honour encoding/errors/newline (issue 12, w7).
import sys

base = "/tmp/pyth_w7_%s_" % sys.platform
p = base + "a.txt"
with open(p, "w", encoding="utf-8") as f:
    print(f.write("héllo wörld"))
with open(p, encoding="utf-8") as f:
    parts = []
    while True:
        s = f.read(2)
        if not s:
            break
        parts.append(s)
print(parts)
with open(p, encoding="utf-8") as f:
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline()))
with open(p, "rb") as f:
    print(f.read(3), f.readline(2), len(f.read()))
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError", e)

# Multi-byte characters across the 8 KiB read chunks.
long_text = "é" * 10000 + "\n" + "€" * 5000 + "\n"
with open(p, "w") as f:
    f.write(long_text)
with open(p) as f:
    a = f.readline()
    b = f.read(4999)
    print(len(a), len(b), repr(f.read()))

# Universal newlines when reading, newline translation when writing.
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    print(repr(f.read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, "w", newline=nl) as f:
        f.write("a\nb\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())
try:
    open(p, "w", newline="x")
except ValueError as e:
    print("ValueError", e)

# Encodings and error handlers.
with open(p, "w", encoding="latin-1") as f:
    f.write("café ñ")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(f.read())
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
with open(p, encoding="ascii", errors="replace") as f:
    print(f.read())
with open(p, encoding="utf-8", errors="ignore") as f:
    print(f.read())
f = open(p, "w", encoding="latin-1")
try:
    f.write("ā")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
f.close()
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
with open(p) as f:
    print(f.read())
for bad in [dict(encoding="klingon"), dict(errors="bogus")]:
    try:
        open(p, "w", **bad).write("é")
    except LookupError as e:
        print("LookupError", e)
try:
    open(p, "wb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
for line in open(p, encoding="UTF8"):
    print("iter", repr(line))
