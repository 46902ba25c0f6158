# A thread-safe token bucket driven by a logical clock, so grants depend only on the number of calls.
import threading
from dataclasses import dataclass, field


@dataclass
class TokenBucket:
    capacity: float
    refill_per_tick: float
    tokens: float = 0.0
    ticks: int = 0
    granted: int = 0
    denied: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def try_acquire(self) -> bool:
        with self._lock:
            self.ticks += 1
            self.tokens = min(self.capacity, self.tokens + self.refill_per_tick)
            if self.tokens >= 1:
                self.tokens -= 1
                self.granted += 1
                return True
            self.denied += 1
            return False


bucket = TokenBucket(capacity=5, refill_per_tick=0.25, tokens=5)
per_client = {}
per_client_lock = threading.Lock()


def client(name, attempts):
    ok = 0
    for _ in range(attempts):
        if bucket.try_acquire():
            ok += 1
    with per_client_lock:
        per_client[name] = ok


clients = [threading.Thread(target=client, args=(f"client-{i}", 50), name=f"client-{i}") for i in range(6)]
for c in clients:
    c.start()
for c in clients:
    c.join()

print("ticks:", bucket.ticks)
print("granted:", bucket.granted, "denied:", bucket.denied)
print("sum per client equals granted:", sum(per_client.values()) == bucket.granted)
print("clients reported:", sorted(per_client))
print("tokens left:", bucket.tokens)
print(bucket)

# Replaying the same number of calls on one thread gives the same totals.
replay = TokenBucket(capacity=5, refill_per_tick=0.25, tokens=5)
results = [replay.try_acquire() for _ in range(300)]
print("replay granted:", replay.granted, "first denial at call", results.index(False) + 1)
