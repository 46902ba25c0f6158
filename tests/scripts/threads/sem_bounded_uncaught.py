# Over-releasing a BoundedSemaphore, uncaught.
import threading

b = threading.BoundedSemaphore(1)
with b:
    print("inside")
b.release()
