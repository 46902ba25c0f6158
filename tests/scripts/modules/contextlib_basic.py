import contextlib, sys
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, redirect_stderr
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print("RuntimeError", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print("RuntimeError", e)
@tag("deco")
def decorated(): print("body")
decorated(); decorated()
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print("not suppressed", e)
with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran", 1)
    print("in stack")
with ExitStack() as stack:
    stack.push(lambda *exc: print("push exit", exc[0]) or True)
    raise TypeError("hidden")
print("stack suppressed")
with ExitStack() as outer:
    s2 = ExitStack()
    s2.callback(print, "moved")
    moved = s2.pop_all()
    s2.close()
    print("before close")
    moved.close()
try:
    with ExitStack() as stack:
        stack.enter_context(3)
except TypeError as e: print("TypeError", e)
with nullcontext(5) as v: print("null", v)
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print("using", type(r).__name__)
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
    def getvalue(self): return "".join(self.parts)
buf = Buf()
with redirect_stdout(buf):
    print("hidden text")
print("captured:", repr(buf.getvalue()))
err = Buf()
with redirect_stderr(err):
    sys.stderr.write("to err\n")
print("err:", repr(err.getvalue()))
class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("exit CM")
with CM() as c: print(type(c).__name__)
print(issubclass(type(nullcontext()), contextlib.AbstractContextManager))
import threading
lock = threading.Lock()
results = []
@contextmanager
def locked(tag):
    with lock:
        yield tag
def worker(i):
    for _ in range(50):
        with locked(i) as t:
            results.append(t)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(results), sorted(set(results)))
