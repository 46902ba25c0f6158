# A barrier is reusable: three threads go through five rounds in lock step.
import threading

N, ROUNDS = 3, 5
b = threading.Barrier(N)
lock = threading.Lock()
log = []
per_round_idx = {}


def work(name):
    for r in range(ROUNDS):
        with lock:
            log.append((r, name))
        i = b.wait()
        with lock:
            per_round_idx.setdefault(r, []).append(i)


ts = [threading.Thread(target=work, args=(n,)) for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
rounds = [r for r, _ in log]
print(rounds == sorted(rounds))  # no thread enters round r+1 before all finished round r
print({r: sorted(v) for r, v in per_round_idx.items()})
