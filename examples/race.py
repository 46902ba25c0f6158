# The lost-update race the threading tutorials describe: two threads each add 1 to a
# shared counter a million times. `counter += 1` is a load, an add and a store; pyth may
# switch threads between any two instructions (every 5 ms), so updates get lost.
# With the lock, the total is exact.
import threading

N = 1_000_000
counter = 0
lock = threading.Lock()


def unsafe():
    global counter
    for _ in range(N):
        counter += 1


def safe():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


for worker in (unsafe, safe):
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{worker.__name__:>6}: {counter:>9,} of {2 * N:,}"
          f"{'  (updates lost)' if counter < 2 * N else ''}")
