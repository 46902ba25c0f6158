# Critical sections never overlap: the inside count is checked under contention.
import threading

lock = threading.Lock()
inside = [0]
max_inside = [0]


def work():
    for _ in range(300):
        with lock:
            inside[0] += 1
            max_inside[0] = max(max_inside[0], inside[0])
            x = 0
            for k in range(5):
                x += k
            inside[0] -= 1


ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(max_inside[0], inside[0])
