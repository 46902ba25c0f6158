# Checksums with several algorithms computed by worker threads (hashlib.new by name), checked
# against the same digests computed sequentially.
import hashlib
import queue
import threading

blobs = [bytes([i % 256]) * (1000 * (i + 1)) for i in range(12)]
algorithms = ['md5', 'sha1', 'sha256', 'sha512', 'blake2b', 'sha3_256']
jobs = queue.Queue()
for i, blob in enumerate(blobs):
    jobs.put((i, algorithms[i % len(algorithms)], blob))
results = {}
lock = threading.Lock()

def worker():
    while True:
        try:
            i, name, blob = jobs.get_nowait()
        except queue.Empty:
            return
        h = hashlib.new(name)
        for k in range(0, len(blob), 4096):
            h.update(blob[k:k + 4096])
        with lock:
            results[i] = (name, h.hexdigest(), h.digest_size)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
ok = all(results[i][1] == hashlib.new(results[i][0], blobs[i]).hexdigest() for i in results)
print(len(results), ok)
for i in sorted(results)[:6]:
    print(i, results[i][0], results[i][2], results[i][1][:16])
