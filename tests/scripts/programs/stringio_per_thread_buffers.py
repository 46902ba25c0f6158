# Each thread writes a report into its own io.StringIO; main prints the buffers in a fixed order.
import io
import threading
import json

ORDERS = {
    "north": [("bolt", 120), ("nut", 300), ("washer", 80)],
    "south": [("bolt", 40), ("gear", 12)],
    "east": [("nut", 75), ("gear", 30), ("spring", 200), ("bolt", 5)],
    "west": [],
}

buffers = {}


def write_report(region):
    buf = io.StringIO()
    buffers[region] = buf
    rows = sorted(ORDERS[region], key=lambda r: (-r[1], r[0]))
    print(f"Region {region.title()}", file=buf)
    if not rows:
        print("  (no orders)", file=buf)
    for part, qty in rows:
        buf.write(f"  {part:<7}{qty:>5}\n")
    buf.write(f"  {'total':<7}{sum(q for _, q in rows):>5}\n")


threads = [threading.Thread(target=write_report, args=(r,), name=f"report-{r}") for r in ORDERS]
for t in threads:
    t.start()
for t in threads:
    t.join()

for region in sorted(buffers):
    print(buffers[region].getvalue(), end="")

combined = io.StringIO()
json.dump({r: len(v) for r, v in sorted(ORDERS.items())}, combined)
combined.seek(0)
print("json roundtrip:", json.load(combined))
reader = io.StringIO("line one\nline two\nline three\n")
print("readline:", repr(reader.readline()), "rest:", reader.readlines())
print("tell after read:", reader.tell())
w = io.StringIO("prefix")
w.seek(0, io.SEEK_END)
w.write("+suffix")
print("appended:", w.getvalue())
