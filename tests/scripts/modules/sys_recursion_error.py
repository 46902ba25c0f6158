import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except Exception as e:
    print(type(e).__name__, e)

class Node:
    def __repr__(self):
        return repr(self)

try:
    repr(Node())
except RecursionError as e:
    print("repr", type(e).__name__)

def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
