# threading.local holds a per-thread request context; a logging.Filter injects it into records.
import logging
import threading
import io

ctx = threading.local()
ctx.request_id = "main"


class ContextFilter(logging.Filter):
    def filter(self, record):
        record.request_id = getattr(ctx, "request_id", "-")
        return True


stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("[%(request_id)s] %(threadName)s %(levelname)s %(message)s"))
handler.addFilter(ContextFilter())
log = logging.getLogger("svc")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

seen = {}
seen_lock = threading.Lock()


def handle(req_id, user):
    ctx.request_id = req_id
    ctx.steps = []
    for step in ("auth", "load", "render"):
        ctx.steps.append(f"{step}:{user}")
        log.info("%s for %s", step, user)
    with seen_lock:
        seen[req_id] = list(ctx.steps)


users = ["alice", "bob", "carol", "dave", "erin"]
threads = [threading.Thread(target=handle, args=(f"req{i:02d}", u), name=f"handler-{u}")
           for i, u in enumerate(users)]
for t in threads:
    t.start()
for t in threads:
    t.join()

log.info("all requests handled")
lines = stream.getvalue().splitlines()
for line in sorted(lines):
    print(line)
print("main request id still:", ctx.request_id)
print("main has steps attr:", hasattr(ctx, "steps"))
for rid in sorted(seen):
    print(rid, seen[rid])
