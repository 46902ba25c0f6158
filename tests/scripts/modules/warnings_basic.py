import warnings, sys
class _RelativePaths:
    """Warnings go to sys.stderr as it is at warn time: here, stdout without this directory."""
    def write(self, s):
        return sys.stdout.write(s.replace(__file__.rsplit("/", 1)[0] + "/", ""))
    def flush(self):
        pass
sys.stderr = _RelativePaths()
print("start", flush=True)
warnings.warn("hello")
warnings.warn("dep", DeprecationWarning)
warnings.warn("fut", FutureWarning)
def f():
    warnings.warn("inner", stacklevel=2)
f()
f()
for i in range(3):
    warnings.warn("loop once")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec", RuntimeWarning)
    warnings.warn("rec", RuntimeWarning)
    print(len(w), w[0].message, w[0].category, type(w[0].message), w[0].lineno, w[0].filename == __file__)
print(repr(warnings.formatwarning("m", UserWarning, "f.py", 3)))
print(warnings.filters[:3])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("skip this")
    warnings.warn("keep this")
    print([str(x.message) for x in w])
try: warnings.warn("x", int)
except TypeError as e: print("TypeError", e)
try: warnings.simplefilter("bogus")
except AssertionError as e: print("AssertionError", e)
warnings.warn(UserWarning("instance"))
warnings.warn_explicit("explicit", SyntaxWarning, "file.py", 12)
def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message, lineno)
warnings.showwarning = custom
warnings.warn("routed")
import threading
warnings.showwarning = lambda m, c, f, l, file=None, line=None: got.append(str(m))
got = []
def worker(i):
    warnings.warn(f"from thread {i}")
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(got))
print("end")
