# as_completed with a timeout that is never hit; results are ranked with heapq regardless of finish order.
from concurrent.futures import ThreadPoolExecutor, as_completed
import heapq
import random
import time

rng = random.Random(2024)
CITIES = ["Oslo", "Lima", "Cairo", "Perth", "Quito", "Dakar", "Hanoi", "Tunis", "Sofia", "Accra"]
temps = {c: [round(rng.uniform(-5, 35), 1) for _ in range(24)] for c in CITIES}
delays = {c: rng.choice([0.001, 0.005, 0.01]) for c in CITIES}


def summarize(city):
    time.sleep(delays[city])
    series = temps[city]
    return city, min(series), max(series), round(sum(series) / len(series), 2)


seen = 0
rows = []
with ThreadPoolExecutor(max_workers=4) as pool:
    future_to_city = {pool.submit(summarize, c): c for c in CITIES}
    for fut in as_completed(future_to_city, timeout=30):
        city = future_to_city[fut]
        assert fut.result()[0] == city
        rows.append(fut.result())
        seen += 1

rows.sort()  # completion order varies; ties below must not depend on it
print("completed:", seen)
for city, lo, hi, avg in rows:
    print(f"{city:<6} min={lo:>5} max={hi:>5} avg={avg:>6}")
print("hottest 3:", heapq.nlargest(3, rows, key=lambda r: r[2]))
print("coldest 2:", [r[0] for r in heapq.nsmallest(2, rows, key=lambda r: r[1])])
heap = []
for city, _, _, avg in rows:
    heapq.heappush(heap, (-avg, city))
print("pop order by avg:", [heapq.heappop(heap)[1] for _ in range(len(heap))])
