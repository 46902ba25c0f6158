try:
    lock.acquire()
finally:
    lock.release()
