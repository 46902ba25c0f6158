# A first pyth program: a function, a loop, an f-string and a thread.
import threading


def greet(name, times):
    for i in range(times):
        print(f"hello, {name} ({i + 1}/{times})")


worker = threading.Thread(target=greet, args=("thread", 2))
worker.start()
worker.join()
greet("main", 1)
