import sys

print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print()
print(sep="|")
print(None, True, 1.5, [1, "a"], sep=" | ")
print("flushed", flush=True)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("err2", "more", sep=":", file=sys.stderr)
print(*range(5))
print(*"abc", sep=".")
try:
    print("x", sep=5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except Exception as e:
    print(type(e).__name__, e)
print("end")
