# Lock.acquire(timeout=...) lets a thread back off instead of deadlocking on a lock held by someone else.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
a_held = threading.Event()
b_attempted = threading.Event()
events = []


def greedy():
    # Holds A until the polite thread has given up once, then grabs B too.
    with lock_a:
        events.append("greedy: holds A")
        a_held.set()
        b_attempted.wait()
        with lock_b:
            events.append("greedy: holds A and B")
    events.append("greedy: released both")


def polite():
    a_held.wait()
    attempts = 0
    while True:
        attempts += 1
        with lock_b:
            got_a = lock_a.acquire(timeout=0.02)
            if got_a:
                try:
                    events.append(f"polite: holds B and A on attempt {attempts}")
                finally:
                    lock_a.release()
                return
            events.append(f"polite: attempt {attempts} timed out on A, backing off")
        if attempts == 1:
            b_attempted.set()
            # wait until greedy is completely finished before retrying
            g.join()


g = threading.Thread(target=greedy, name="greedy")
p = threading.Thread(target=polite, name="polite")
g.start()
p.start()
g.join(timeout=5)
p.join(timeout=5)
for e in events:
    print(e)
print("both finished:", not g.is_alive() and not p.is_alive())
print("locks free:", not lock_a.locked(), not lock_b.locked())
print("non-blocking acquire on free lock:", lock_a.acquire(blocking=False))
print("second non-blocking acquire:", lock_a.acquire(blocking=False))
lock_a.release()
try:
    lock_a.release()
except RuntimeError as e:
    print("release unlocked lock:", e)
