# Freeing very deeply nested containers must not overflow the stack, in any thread (CPython's
# "trashcan" bounds the recursion of nested frees; pyth's heap::Rc does the same).
import threading


class Node:
    pass


def build_and_free(n):
    a = []
    for i in range(n):
        a = [a]
    del a
    d = {}
    for i in range(n):
        d = {1: d}
    d = None
    t = ()
    for i in range(n):
        t = (t, [])
    t = None
    head = None
    for i in range(n):
        m = Node()
        m.next = head
        head = m
    head = m = None
    return "freed %d levels" % n


results = []
t = threading.Thread(target=lambda: results.append(build_and_free(100000)))
t.start()
t.join()
print(results)
print(build_and_free(100000))
