# A plain lock may be released by a thread that did not acquire it (a signal).
import _thread

lock = _thread.allocate_lock()
lock.acquire()
log = []
done = _thread.allocate_lock()
done.acquire()


def releaser():
    log.append("thread releases")
    lock.release()
    done.release()


_thread.start_new_thread(releaser, ())
lock.acquire()  # blocks until the thread released it
log.append("main acquired")
done.acquire()
print(log)
print(lock.locked())
