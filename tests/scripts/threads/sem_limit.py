# A Semaphore(3) never lets more than 3 threads in; a barrier makes 3 at once happen.
import threading

sem = threading.Semaphore(3)
lock = threading.Lock()
state = {"in": 0, "max": 0, "done": 0}
first_three = threading.Barrier(3)


def work(i):
    with sem:
        with lock:
            state["in"] += 1
            state["max"] = max(state["max"], state["in"])
        if i < 3:
            first_three.wait()  # threads 0-2 hold the semaphore together
        with lock:
            state["in"] -= 1
            state["done"] += 1


ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
ts = [threading.Thread(target=work, args=(i,)) for i in range(3, 12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state["max"] == 3, state["in"], state["done"])
