# Pack binary sensor records with struct, decode slices of the buffer in parallel threads, and verify.
import struct
import threading
import random
from collections import namedtuple

RECORD = struct.Struct("<HhfB3x")   # sensor id, temperature*10, humidity, flags, padding
Reading = namedtuple("Reading", "sensor temp humidity flags")

rng = random.Random(7)
original = [Reading(rng.randrange(1, 9), rng.randint(-200, 450), round(rng.uniform(10, 90), 2), rng.getrandbits(3))
            for _ in range(400)]
buffer = b"".join(RECORD.pack(*r) for r in original)
print("record size:", RECORD.size, "buffer:", len(buffer))

decoded = [None] * 4
per_sensor = [None] * 4


def decode(part, start, stop):
    view = buffer[start * RECORD.size:stop * RECORD.size]
    rows = [Reading(*fields) for fields in RECORD.iter_unpack(view)]
    stats = {}
    for r in rows:
        cnt, tot = stats.get(r.sensor, (0, 0))
        stats[r.sensor] = (cnt + 1, tot + r.temp)
    decoded[part] = rows
    per_sensor[part] = stats


step = len(original) // 4
threads = [threading.Thread(target=decode, args=(i, i * step, (i + 1) * step), name=f"dec-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

rows = [r for part in decoded for r in part]
print("decoded:", len(rows))
print("ids/temps/flags match:", all((a.sensor, a.temp, a.flags) == (b.sensor, b.temp, b.flags) for a, b in zip(rows, original)))
print("humidity close:", all(abs(a.humidity - b.humidity) < 1e-4 for a, b in zip(rows, original)))
merged = {}
for stats in per_sensor:
    for sensor, (cnt, tot) in stats.items():
        c0, t0 = merged.get(sensor, (0, 0))
        merged[sensor] = (c0 + cnt, t0 + tot)
for sensor in sorted(merged):
    cnt, tot = merged[sensor]
    print(f"sensor {sensor}: n={cnt:3d} mean temp={tot / cnt / 10:6.2f}C")
header = struct.pack(">4sIH", b"SENS", len(rows), RECORD.size)
print("header:", header.hex(), struct.unpack(">4sIH", header))
print("calcsize:", struct.calcsize("<HhfB3x"), struct.calcsize("@i"), struct.calcsize("<q"))
