# logging: basicConfig, the logger hierarchy, levels, %-, {- and $-style formats, filters,
# adapters, extra, exception tracebacks, disable, reprs and format errors.
import logging
import sys
import threading

HERE = __file__.rsplit('/', 1)[0] + '/'


class CleanStdout:
    """stdout without this directory's path (tracebacks show absolute file names)."""
    name = '<clean>'

    def write(self, s):
        sys.stdout.write(s.replace(HERE, ''))

    def flush(self):
        sys.stdout.flush()


logging.basicConfig(level=logging.DEBUG, stream=CleanStdout(),
                    format='%(levelname)-8s %(threadName)s %(name)s %(funcName)s:%(lineno)d '
                           '%(module)s %(filename)s %(message)s')
log = logging.getLogger(__name__)


def worker(n):
    log.info("worker %d starting", n)
    logging.debug("root debug %s", n)


for i in range(3):
    t = threading.Thread(target=worker, args=(i,), name=f"W{i}")
    t.start()
    t.join()
log.warning("done %(a)s", {"a": 5})
a = logging.getLogger("a.b.c")
b = logging.getLogger("a")
print(a.parent is b, a, b, logging.getLogger(), logging.getLogger("a.b").parent is b)
print(logging.getLogger("a.b") is a.parent, b.getChild("b.c") is a)
b.setLevel("ERROR")
print(a.getEffectiveLevel(), a.isEnabledFor(logging.WARNING), a.isEnabledFor(logging.ERROR))
a.warning("hidden")
a.error("shown")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
try:
    {}["missing"]
except KeyError as e:
    log.error("with exc_info=e", exc_info=e)
log.info("with stack", stack_info=False)

fmt = logging.Formatter("{levelname}|{name}|{message}", style="{")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fmt)
x = logging.getLogger("x")
x.propagate = False
x.addHandler(h)
x.info("not at info")
x.setLevel(logging.INFO)
x.info("at info %s", [1])
h.setFormatter(logging.Formatter("${levelname} ${message}", style="$"))
x.warning("dollar style")
h.setFormatter(logging.Formatter("%(levelno)d %(message)s %(custom)s",
                                 defaults={"custom": "dflt"}))
x.warning("defaults")
print(logging.getLevelName(20), logging.getLevelName("WARNING"), logging.getLevelName(5))
logging.addLevelName(25, "NOTICE")
x.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelNamesMapping()["NOTICE"])


class KeepFilter(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()


x.addFilter(KeepFilter())
x.info("drop")
x.info("keep me")
x.addFilter(lambda r: r.levelno >= logging.WARNING)
x.info("keep but info")
x.warning("keep warning")
x.filters.clear()
ad = logging.LoggerAdapter(x, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
ad.info("adapter")
print(ad)
x.info("extra", extra={"user": "ann"})
for bad in ["%(message)", "no fields", "%(message)z"]:
    try:
        logging.Formatter(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    logging.Formatter("x", style="^")
except ValueError as e:
    print("ValueError:", e)
try:
    x.info("boom", extra={"message": 1})
except KeyError as e:
    print(repr(e))
try:
    x.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
print(repr(h), logging.NullHandler(), logging.root)
print(logging.getLogger("q").hasHandlers(), x.hasHandlers())
logging.getLogger("q").warning("to root %d", 3)
logging.disable(logging.CRITICAL)
log.critical("nope")
logging.disable(logging.NOTSET)
log.critical("yes")
r = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30})
print(r.getMessage(), r.levelno)
logging.basicConfig(level=logging.ERROR)  # ignored: the root has a handler
print(logging.root.level)
logging.basicConfig(level=logging.ERROR, stream=sys.stdout, format="forced %(message)s",
                    force=True)
logging.error("after force")
logging.warning("filtered by level")
