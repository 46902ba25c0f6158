# Hash chunks of a file-sized buffer in a pool; each worker has its own hash object.
import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor

data = bytes(range(256)) * 4096   # 1 MiB
chunks = [data[i:i + 131072] for i in range(0, len(data), 131072)]

def digest(chunk):
    return hashlib.sha256(chunk).hexdigest()

with ThreadPoolExecutor(max_workers=4) as pool:
    parallel = list(pool.map(digest, chunks))
print(parallel == [digest(c) for c in chunks], len(parallel))

# A shared hash object updated under a lock from several threads: same as sequential.
shared = hashlib.md5()
lock = threading.Lock()
def feed(i):
    with lock:
        shared.update(chunks[i])
threads = [threading.Thread(target=feed, args=(i,)) for i in range(len(chunks))]
for t in threads:
    t.start()
    t.join()
print(shared.hexdigest() == hashlib.md5(data).hexdigest())

# Content-addressed dedup across threads.
blobs = [b"alpha", b"beta", b"alpha", b"gamma", b"beta"]
seen = {}
def store(blob):
    key = hashlib.blake2b(blob).hexdigest()[:12]
    with lock:
        seen.setdefault(key, blob)
with ThreadPoolExecutor(max_workers=3) as pool:
    list(pool.map(store, blobs))
print(sorted(seen.values()))
