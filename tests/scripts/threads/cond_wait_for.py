# wait_for returns the predicate's value; with a timeout it returns the last value.
import threading

cond = threading.Condition()
state = {"n": 0}
results = []


def waiter():
    with cond:
        r = cond.wait_for(lambda: state["n"] >= 3)
        results.append(("reached", r, state["n"]))


t = threading.Thread(target=waiter)
t.start()
for _ in range(3):
    with cond:
        state["n"] += 1
        cond.notify_all()
t.join()
print(results)
with cond:
    print(cond.wait_for(lambda: state["n"] > 100, timeout=0.01))
    print(cond.wait_for(lambda: state["n"] or None, timeout=0.01))
    print(cond.wait_for(lambda: "truthy"))
    print(cond.wait_for(lambda: 0, 0))
