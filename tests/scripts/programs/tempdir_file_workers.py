# Workers write and then checksum files inside a TemporaryDirectory; only relative names are printed.
import hashlib
import os
import os.path
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

lines_by_file = {
    "alpha.txt": ["one", "two", "three"],
    "beta.txt": ["lorem ipsum"] * 5,
    "gamma.log": [f"entry {i}" for i in range(12)],
    "notes/delta.md": ["# Title", "", "body text"],
    "notes/deep/epsilon.csv": ["a,b,c", "1,2,3", "4,5,6"],
}

with tempfile.TemporaryDirectory(prefix="pyth-") as root:
    made = []
    made_lock = threading.Lock()

    def write(rel):
        path = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines_by_file[rel]) + "\n")
        with made_lock:
            made.append(rel)

    def checksum(path):
        with open(path, "rb") as fh:
            data = fh.read()
        return os.path.relpath(path, root).replace(os.sep, "/"), len(data), hashlib.sha1(data).hexdigest()[:10]

    threads = [threading.Thread(target=write, args=(rel,), name=f"writer-{i}")
               for i, rel in enumerate(lines_by_file)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        paths.extend(os.path.join(dirpath, f) for f in sorted(filenames))
    with ThreadPoolExecutor(max_workers=3) as pool:
        sums = list(pool.map(checksum, paths))

    print("written:", sorted(made))
    for rel, size, digest in sorted(sums):
        print(f"{rel:<24} {size:>4}B sha1:{digest}")
    print("top-level entries:", sorted(os.listdir(root)))
    print("is dir notes:", os.path.isdir(os.path.join(root, "notes")))
    print("extensions:", sorted({os.path.splitext(p)[1] for p in paths}))
    print("total bytes:", sum(os.path.getsize(p) for p in paths))
    saved_root = root
print("cleaned up:", not os.path.exists(saved_root))
