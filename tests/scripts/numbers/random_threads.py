import random
import _thread
random.seed(99)
results = []
done = _thread.allocate_lock()
guard = _thread.allocate_lock()
count = [0]
def work(n):
    local = [random.random() for _ in range(500)]
    r = random.Random(5)
    mine = [r.randint(0, 9) for _ in range(5)]
    with guard:
        results.append((len(local), all(0 <= x < 1 for x in local), mine))
        count[0] += 1
        if count[0] == n:
            done.release()
done.acquire()
for _ in range(4):
    _thread.start_new_thread(work, (4,))
done.acquire()
print(sorted(results))
random.seed(99)
seq = sorted(random.random() for _ in range(2000))
print(len(seq), seq[0] >= 0, seq[-1] < 1)
