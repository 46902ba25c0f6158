# BoundedSemaphore limits concurrent simulated downloads; content hashes are checked afterwards.
import threading
import time
import hashlib

MAX_PARALLEL = 3
gate = threading.BoundedSemaphore(MAX_PARALLEL)
state_lock = threading.Lock()
active = 0
peak = 0
downloads = {}


def fake_fetch(url):
    time.sleep(0.02)
    return ("<html>" + url * 3 + "</html>").encode()


def download(url):
    global active, peak
    with gate:
        with state_lock:
            active += 1
            peak = max(peak, active)
        body = fake_fetch(url)
        with state_lock:
            active -= 1
    digest = hashlib.sha256(body).hexdigest()[:12]
    with state_lock:
        downloads[url] = (len(body), digest)


urls = [f"https://example.test/page/{i}" for i in range(10)]
threads = [threading.Thread(target=download, args=(u,), name=f"dl-{i}") for i, u in enumerate(urls)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for url in sorted(downloads):
    size, digest = downloads[url]
    print(f"{url.rsplit('/', 1)[1]:>2} {size:4d} bytes sha256:{digest}")
print("peak within limit:", 1 <= peak <= MAX_PARALLEL)
print("active at end:", active)
try:
    gate.release()
except ValueError as exc:
    print("extra release rejected:", exc)
print("semaphore free slots restored:", all(gate.acquire(blocking=False) for _ in range(MAX_PARALLEL)))
print("fourth acquire:", gate.acquire(blocking=False))
