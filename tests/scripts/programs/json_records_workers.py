# Workers validate and enrich JSON records from a queue; main aggregates and dumps sorted JSON.
import json
import queue
import threading
from collections import defaultdict

RAW = [
    '{"id": 1, "dept": "eng", "salary": 120000, "skills": ["rust", "python"]}',
    '{"id": 2, "dept": "ops", "salary": 90000, "skills": ["bash"]}',
    '{"id": 3, "dept": "eng", "salary": "n/a", "skills": []}',
    '{"id": 4, "dept": "sales", "salary": 70000}',
    '{"id": 5, "dept": "eng", "salary": 135000, "skills": ["go", "python", "sql"]}',
    '{broken json',
    '{"id": 7, "dept": "ops", "salary": 95000, "skills": ["python"]}',
    '{"id": 8, "dept": "sales", "salary": 72000, "skills": ["excel", "sql"]}',
]

inbox = queue.Queue()
good, bad = [], []
lock = threading.Lock()


def worker():
    while (item := inbox.get()) is not None:
        lineno, text = item
        try:
            rec = json.loads(text)
            if not isinstance(rec.get("salary"), int):
                raise TypeError(f"salary must be int, got {type(rec.get('salary')).__name__}")
            rec["skills"] = sorted(rec.get("skills", []))
            rec["band"] = "high" if rec["salary"] >= 100000 else "std"
            with lock:
                good.append(rec)
        except (json.JSONDecodeError, TypeError) as exc:
            with lock:
                bad.append((lineno, type(exc).__name__))


workers = [threading.Thread(target=worker, name=f"json-{i}") for i in range(3)]
for w in workers:
    w.start()
for pair in enumerate(RAW, 1):
    inbox.put(pair)
for _ in workers:
    inbox.put(None)
for w in workers:
    w.join()

by_dept = defaultdict(list)
for rec in good:
    by_dept[rec["dept"]].append(rec["salary"])
summary = {d: {"count": len(v), "avg": sum(v) // len(v)} for d, v in by_dept.items()}
print(json.dumps(summary, sort_keys=True))
print(json.dumps(sorted(good, key=lambda r: r["id"])[0], sort_keys=True, indent=2))
print("rejected:", sorted(bad))
skills = sorted({s for r in good for s in r["skills"]})
print(json.dumps({"skills": skills, "ids": sorted(r["id"] for r in good)}, separators=(",", ":")))
