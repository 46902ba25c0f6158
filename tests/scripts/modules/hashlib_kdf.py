# pbkdf2_hmac (password hashing in worker threads) and file_digest.
import hashlib
from concurrent.futures import ThreadPoolExecutor

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=32).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'NaCl', 3, 80).hex()[:40], len(hashlib.pbkdf2_hmac('md5', b'a', b'b', 5, 50)))
for bad in [lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b's', 1), lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b's', 0),
lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b's', 1, 0)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)

users = [('ann', b'hunter2'), ('bob', b'correct horse'), ('cy', b'letmein')]
def hash_password(item):
    name, pw = item
    return name, hashlib.pbkdf2_hmac('sha256', pw, name.encode() * 4, 2000).hex()[:24]
with ThreadPoolExecutor(max_workers=3) as pool:
    for name, digest in pool.map(hash_password, users):
        print(name, digest)

with open(__file__, 'rb') as f:
    print(hashlib.file_digest(f, 'sha256').hexdigest() == hashlib.sha256(open(__file__, 'rb').read()).hexdigest())
with open(__file__, 'rb') as f:
    print(hashlib.file_digest(f, hashlib.md5).name)
