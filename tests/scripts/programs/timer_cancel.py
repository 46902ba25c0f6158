# threading.Timer: one timer fires, one is cancelled before it fires, one is cancelled after firing.
import threading

fired = []
fired_lock = threading.Lock()
done = threading.Event()


def remind(label, count=1):
    with fired_lock:
        fired.append(f"{label} x{count}")
    done.set()


quick = threading.Timer(0.02, remind, args=("quick",), kwargs={"count": 2})
never = threading.Timer(5.0, remind, args=("never",))
quick.name = "quick-timer"
never.name = "never-timer"
never.start()
quick.start()
never.cancel()
never.join()
print("cancelled timer alive after join:", never.is_alive())

print("event set by quick timer:", done.wait(2.0))
quick.join()
quick.cancel()  # harmless once it has run

chain_hits = []


def chained(n):
    chain_hits.append(n)
    if n < 3:
        t = threading.Timer(0.005, chained, args=(n + 1,))
        t.start()
        t.join()


first = threading.Timer(0.005, chained, args=(1,))
first.start()
first.join()

print("fired:", fired)
print("chain:", chain_hits)
print("timer names:", quick.name, never.name)
print("timer is a Thread:", isinstance(quick, threading.Thread))
