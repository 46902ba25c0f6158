# _thread.start_new_thread with positional args; completion signalled by a lock.
import _thread

done = _thread.allocate_lock()
done.acquire()
results = []


def worker(a, b, c):
    results.append((a, b, c, a + b + c))
    done.release()


r = _thread.start_new_thread(worker, (1, 2, 3))
print(type(r).__name__)
done.acquire()
print(results)
