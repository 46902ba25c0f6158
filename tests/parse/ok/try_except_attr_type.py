try:
    q.get()
except queue.Empty:
    pass
