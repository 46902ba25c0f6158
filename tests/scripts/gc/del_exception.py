# An exception raised by __del__ is printed ("Exception ignored in: ...") and the program
# goes on; the last lines of stderr are checked.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")


b = Bad()
del b
print("still running")


def gen():
    try:
        yield 1
    finally:
        raise KeyError("from finally")


g = gen()
next(g)
del g
print("after generator")
x = Bad()
x = 1
print("end")
