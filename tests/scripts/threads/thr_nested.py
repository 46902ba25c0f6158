# Threads that start and join threads (a tree of depth 3).
import threading

lock = threading.Lock()
leaves = []


def node(path, depth):
    if depth == 0:
        with lock:
            leaves.append(path)
        return
    kids = [threading.Thread(target=node, args=(path + str(i), depth - 1)) for i in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


root = threading.Thread(target=node, args=("r", 3))
root.start()
root.join()
print(len(leaves))
print(sorted(leaves)[:4], sorted(leaves)[-1])
