# io.StringIO / io.BytesIO, and print() following a replaced sys.stdout.
import io, sys
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()))
s.seek(2); s.write("XY"); print(repr(s.getvalue()), s.tell())
s.seek(20); s.write("z"); print(repr(s.getvalue()))
print(list(io.StringIO("a\nb\nc")), io.StringIO("a\nb").readlines())
with io.StringIO("x") as f:
    print(f.read(), f.closed)
print(f.closed)
try: f.read()
except ValueError as e: print(e)
try: io.StringIO().write(b"x")
except TypeError as e: print(e)
old = sys.stdout; sys.stdout = buf = io.StringIO(); print("captured", 1, 2); sys.stdout = old
print(repr(buf.getvalue()))
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(-2, 2); b.write(b"ZZZ"); print(b.getvalue())
print(io.SEEK_END, isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.IOBase))
s = io.StringIO(); s.write("abcdef"); s.truncate(3); print(repr(s.getvalue()), s.tell())
print(io.StringIO("x\ny", newline=None).read())
with open(__file__) as fh: print(type(fh).__name__, fh.readline()[:9])
import threading
buffers = {}
def capture(n):
    out = io.StringIO()
    for i in range(3):
        print("worker", n, "line", i, file=out)
    buffers[n] = out.getvalue()
ts = [threading.Thread(target=capture, args=(n,)) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([buffers[n].count("\n") for n in sorted(buffers)], buffers[2].splitlines()[-1])
sys.stdout = None
print("goes nowhere")
sys.stdout = sys.__stdout__
print("back", sys.stdout is sys.__stdout__)
