# 50 threads each fill their own slot; joins make the result deterministic.
import threading

N = 50
slots = [0] * N


def work(i):
    total = 0
    for k in range(200):
        total += k * i
    slots[i] = total


ts = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(slots[:5], slots[-1], sum(slots))
print(threading.active_count())
