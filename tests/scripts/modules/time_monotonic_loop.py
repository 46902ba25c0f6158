import time

prev = time.perf_counter()
ok = True
for i in range(200):
    now = time.perf_counter()
    if now < prev:
        ok = False
    prev = now
print("perf_counter monotonic", ok)
prev = time.monotonic_ns() if hasattr(time, "monotonic_ns") else 0
print(type(prev).__name__)
start = time.perf_counter()
total = 0
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0.0, elapsed < 10.0)
ns1 = time.time_ns()
ns2 = time.time_ns()
print(ns2 >= ns1)
