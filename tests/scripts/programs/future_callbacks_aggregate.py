# Future.add_done_callback aggregates successes and failures into shared totals guarded by a lock.
from concurrent.futures import ThreadPoolExecutor, Future
import threading
from collections import defaultdict

agg_lock = threading.Lock()
totals = defaultdict(int)
failures = []
callback_count = 0


def price_order(order):
    name, qty, unit = order
    if qty <= 0:
        raise ValueError(f"{name}: quantity must be positive")
    return name, qty * unit


def on_done(fut: Future):
    global callback_count
    with agg_lock:
        callback_count += 1
        if fut.exception() is not None:
            failures.append(str(fut.exception()))
        else:
            name, amount = fut.result()
            totals[name] += amount


orders = [("widget", 3, 250), ("gadget", 1, 1999), ("widget", 2, 250), ("doohickey", 0, 75),
          ("gizmo", 5, 120), ("gadget", -1, 1999), ("gizmo", 1, 120), ("widget", 10, 240)]
with ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(price_order, o) for o in orders]
    for f in futs:
        f.add_done_callback(on_done)

# A callback added to an already finished future runs immediately in this thread.
late = []
futs[0].add_done_callback(lambda f: late.append(("late", threading.current_thread().name)))

print("callbacks run:", callback_count)
for name in sorted(totals):
    print(f"{name:<9} {totals[name] / 100:>8.2f}")
print("grand total:", sum(totals.values()) / 100)
print("failures:", sorted(failures))
print("late callback:", late)

manual = Future()
manual.add_done_callback(lambda f: print("manual future resolved with", f.result()))
print("manual running?", manual.running(), "done?", manual.done())
manual.set_result(42)
print("manual done?", manual.done())
