# notify_all wakes every waiter.
import threading

cond = threading.Condition()
state = {"waiting": 0, "go": False, "woken": 0}


def waiter():
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        cond.wait_for(lambda: state["go"])
        state["woken"] += 1


ts = [threading.Thread(target=waiter) for _ in range(6)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: state["waiting"] == 6)
    state["go"] = True
    cond.notify_all()
for t in ts:
    t.join()
print(state)
