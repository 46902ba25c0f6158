# Workers parse web-server log lines with a compiled regex; fixed timestamps are parsed with datetime.
import re
import threading
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
10.0.0.1 - - [12/Mar/2023:10:00:01] "GET /index.html HTTP/1.1" 200 512
10.0.0.2 - - [12/Mar/2023:10:00:03] "POST /api/login HTTP/1.1" 401 64
10.0.0.1 - - [12/Mar/2023:10:00:09] "GET /static/app.js HTTP/1.1" 200 20480
10.0.0.3 - - [12/Mar/2023:10:01:15] "GET /missing HTTP/1.1" 404 0
garbage line that does not match
10.0.0.2 - - [12/Mar/2023:10:01:20] "POST /api/login HTTP/1.1" 200 128
10.0.0.4 - - [12/Mar/2023:10:02:00] "DELETE /api/item/7 HTTP/1.1" 500 32
10.0.0.1 - - [12/Mar/2023:10:02:30] "GET /index.html HTTP/1.1" 304 0
10.0.0.3 - - [12/Mar/2023:10:03:45] "GET /api/item/7 HTTP/1.1" 200 256
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)

parsed = []
rejected = []
lock = threading.Lock()


def parse(lines):
    local_ok, local_bad = [], []
    for n, line in lines:
        m = PATTERN.match(line)
        if not m:
            local_bad.append(n)
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S")
        d["status"], d["size"] = int(d["status"]), int(d["size"])
        local_ok.append((n, d))
    with lock:
        parsed.extend(local_ok)
        rejected.extend(local_bad)


numbered = list(enumerate(LOG.splitlines(), 1))
threads = [threading.Thread(target=parse, args=(numbered[i::3],), name=f"parser-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

parsed.sort(key=lambda p: p[0])
records = [d for _, d in parsed]
print("parsed:", len(records), "rejected lines:", sorted(rejected))
print("status classes:", sorted(Counter(f"{r['status'] // 100}xx" for r in records).items()))
bytes_by_ip = defaultdict(int)
for r in records:
    bytes_by_ip[r["ip"]] += r["size"]
for ip in sorted(bytes_by_ip):
    print(f"  {ip:<10} {bytes_by_ip[ip]:>6} bytes")
span = records[-1]["ts"] - records[0]["ts"]
print("time span:", span, "seconds:", int(span.total_seconds()))
print("first:", records[0]["ts"].isoformat(), "weekday:", records[0]["ts"].strftime("%A"))
errors = [f"{r['method']} {r['path']}" for r in records if r["status"] >= 400]
print("errors:", errors)
print("within 2 minutes of start:", sum(r["ts"] - records[0]["ts"] < timedelta(minutes=2) for r in records))
print("api paths:", sorted({re.sub(r"/\d+$", "/<id>", r["path"]) for r in records if r["path"].startswith("/api")}))
