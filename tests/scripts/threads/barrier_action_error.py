# An action that raises breaks the barrier: the caller sees the error, others BrokenBarrierError.
import threading

def action():
    raise ZeroDivisionError("in action")


b = threading.Barrier(3, action=action)
lock = threading.Lock()
out = []


def work():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ZeroDivisionError as e:
        r = "ZeroDivisionError " + str(e)
    with lock:
        out.append(r)


ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(b.broken)
