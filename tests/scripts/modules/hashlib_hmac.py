# hmac over hashlib: signing messages in worker threads and verifying them.
import hashlib
import hmac
from concurrent.futures import ThreadPoolExecutor

key = b'secret-key'
print(hmac.new(key, b'hello', hashlib.sha256).hexdigest())
print(hmac.new(key, b'hello', 'md5').hexdigest(), hmac.new(b'k' * 200, b'x', 'sha512').hexdigest()[:32])
h = hmac.new(key, digestmod=hashlib.sha1)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), h.digest_size, h.name)
print(hmac.digest(key, b'msg', 'sha256') == hmac.new(key, b'msg', 'sha256').digest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'ab'), hmac.compare_digest(b'a', b'ab'))
for bad in [lambda: hmac.new('str key', b'x', 'sha256'), lambda: hmac.new(key, b'x')]:
    try: bad()
    except TypeError as e: print('TypeError', e)

messages = [('order-%d' % i).encode() for i in range(8)]
def sign(m):
    return m, hmac.new(key, m, hashlib.sha256).hexdigest()
with ThreadPoolExecutor(max_workers=4) as pool:
    signed = list(pool.map(sign, messages))
print(all(hmac.compare_digest(s, hmac.new(key, m, 'sha256').hexdigest()) for m, s in signed))
print(signed[0][1][:20], signed[7][1][:20])
