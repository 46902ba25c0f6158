# notify(n) wakes exactly n waiters.
import threading
import time

cond = threading.Condition()
state = {"waiting": 0, "woken": 0}


def waiter():
    with cond:
        state["waiting"] += 1
        cond.wait()
        state["woken"] += 1


ts = [threading.Thread(target=waiter) for _ in range(5)]
for t in ts:
    t.start()


def wait_until(pred):
    while True:
        with cond:
            if pred():
                return
        time.sleep(0.001)


wait_until(lambda: state["waiting"] == 5)  # all five are inside wait()
with cond:
    cond.notify(2)
wait_until(lambda: state["woken"] == 2)
with cond:
    print("after notify(2):", state["woken"])
    cond.notify()
wait_until(lambda: state["woken"] == 3)
with cond:
    print("after notify():", state["woken"])
    cond.notify(0)
    print("after notify(0):", state["woken"])
    cond.notify_all()
for t in ts:
    t.join()
print(state)
