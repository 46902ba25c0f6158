# Hash fixed-size chunks of a byte blob in parallel, then fold the digests into a Merkle-style root.
from concurrent.futures import ThreadPoolExecutor
import hashlib
import struct

blob = b"".join(struct.pack(">I", (i * 2654435761) & 0xFFFFFFFF) for i in range(5000))
CHUNK = 4096


def hash_chunk(args):
    index, piece = args
    h = hashlib.sha256()
    h.update(struct.pack(">IH", index, len(piece)))
    h.update(piece)
    return h.digest()


def pair_hash(a, b):
    return hashlib.sha256(a + b).digest()


pieces = [(i, blob[off:off + CHUNK]) for i, off in enumerate(range(0, len(blob), CHUNK))]
with ThreadPoolExecutor(max_workers=4) as pool:
    leaves = list(pool.map(hash_chunk, pieces))

print("blob bytes:", len(blob), "chunks:", len(pieces))
for i, leaf in enumerate(leaves[:3]):
    print(f"leaf {i}: {leaf.hex()[:16]}")

level = leaves
depth = 0
with ThreadPoolExecutor(max_workers=4) as pool:
    while len(level) > 1:
        if len(level) % 2:
            level = level + [level[-1]]
        level = list(pool.map(pair_hash, level[0::2], level[1::2]))
        depth += 1
print("tree depth:", depth)
print("root:", level[0].hex())
print("md5 of blob:", hashlib.md5(blob).hexdigest())
print("blake2b:", hashlib.blake2b(blob).hexdigest()[:16])
print("sequential leaves equal:", leaves == [hash_chunk(p) for p in pieces])
