# Many _thread threads, each writing its own slot; a counting lock joins them.
import _thread

N = 20
slots = [None] * N
count_lock = _thread.allocate_lock()
all_done = _thread.allocate_lock()
all_done.acquire()
remaining = [N]


def worker(i):
    slots[i] = i * i
    with count_lock:
        remaining[0] -= 1
        if remaining[0] == 0:
            all_done.release()


for i in range(N):
    _thread.start_new_thread(worker, (i,))
all_done.acquire()
print(slots)
print(remaining)
