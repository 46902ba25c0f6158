import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256", "sha3_512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(hashlib.md5(b"abc").digest())
print(hashlib.new("sha1", b"abc").hexdigest(), hashlib.new("SHA256").name, hashlib.new("md5", data=b"x").hexdigest())
print(hashlib.sha256(string=b"abc").hexdigest()[:16])
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.md5().update("x"), lambda: hashlib.new("nope"), lambda: hashlib.sha1(5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in hashlib.algorithms_guaranteed if n in {"md5", "sha1", "sha256", "blake2b"}))
print("sha256" in hashlib.algorithms_available)
big = b"x" * 1000000
print(hashlib.sha256(big).hexdigest())
h = hashlib.md5()
for i in range(0, len(big), 100000):
    h.update(big[i:i + 100000])
print(h.hexdigest() == hashlib.md5(big).hexdigest())
print(hashlib.sha512(b"").hexdigest()[:32])
