# Threads writing, renaming and listing files in one scratch directory through os.
import os
import threading
from concurrent.futures import ThreadPoolExecutor

base = os.path.join('/tmp', 'pyth_os_threads_%d' % os.getpid())
os.makedirs(base, exist_ok=True)
errors = []


def worker(n):
    try:
        d = os.path.join(base, 'w%02d' % n)
        os.makedirs(d, exist_ok=True)
        for i in range(20):
            tmp = os.path.join(d, 'f%02d.tmp' % i)
            with open(tmp, 'w') as f:
                f.write('%d-%d\n' % (n, i) * (i + 1))
            os.replace(tmp, os.path.join(d, 'f%02d.txt' % i))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors', errors)


def summarize(d):
    path = os.path.join(base, d)
    names = sorted(os.listdir(path))
    return d, len(names), sum(os.path.getsize(os.path.join(path, n)) for n in names)


with ThreadPoolExecutor(max_workers=3) as pool:
    for row in pool.map(summarize, sorted(os.listdir(base))):
        print(row)

total_files = 0
for root, dirs, files in os.walk(base):
    total_files += len(files)
print('total', total_files)

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
