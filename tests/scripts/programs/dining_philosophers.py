# Dining philosophers: forks are always picked up in a global order, so no deadlock can occur.
import threading
import time
from collections import Counter

NAMES = ["Aristotle", "Kant", "Spinoza", "Marx", "Russell"]
forks = [threading.Lock() for _ in NAMES]
meals = Counter()
meals_lock = threading.Lock()
eating_now = set()
neighbours_clash = []


def philosopher(i, rounds):
    left, right = i, (i + 1) % len(forks)
    first, second = min(left, right), max(left, right)
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                with meals_lock:
                    n = len(NAMES)
                    if (i - 1) % n in eating_now or (i + 1) % n in eating_now:
                        neighbours_clash.append(i)
                    eating_now.add(i)
                time.sleep(0.001)
                with meals_lock:
                    eating_now.discard(i)
                    meals[NAMES[i]] += 1
        time.sleep(0.0005)


threads = [threading.Thread(target=philosopher, args=(i, 12), name=n) for i, n in enumerate(NAMES)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=10)

print("all finished:", not any(t.is_alive() for t in threads))
for name in NAMES:
    print(f"{name:<10} ate {meals[name]} times")
print("total meals:", sum(meals.values()))
print("neighbours never ate together:", neighbours_clash == [])
print("forks free:", [not f.locked() for f in forks])
