import sys

def work():
    try:
        print("working")
        sys.exit(42)
    finally:
        print("cleanup")

work()
print("never")
