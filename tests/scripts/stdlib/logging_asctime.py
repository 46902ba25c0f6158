# logging's %(asctime)s: Formatter.converter is time.localtime as a class attribute (a
# built-in function, so it does not bind to the formatter); datefmt and the default format.
import logging
import sys
import time


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


record = logging.makeLogRecord({"msg": "at epoch", "created": 86400.25, "msecs": 250.0,
                                "levelname": "INFO", "name": "clock"})
print(UTCFormatter("%(asctime)s %(levelname)s %(message)s").format(record))
print(UTCFormatter("%(asctime)s|%(message)s", datefmt="%Y/%m/%d %H-%M").format(record))
local = logging.Formatter("%(asctime)s").format(record)
print(local == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(86400.25)) + ",250")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(asctime)s] %(message)s", datefmt="no time fields"))
log = logging.getLogger("now")
log.addHandler(h)
log.warning("asctime from datefmt")


class Holder:
    length = len
    floor = __import__("math").floor


try:
    Holder().length()
except TypeError as e:
    print("TypeError:", e)
print(Holder().floor(2.5), Holder.length("abc"))
