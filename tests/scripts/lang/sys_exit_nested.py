import sys
def deep(n):
    if n == 0:
        sys.exit(7)
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
deep(3)
