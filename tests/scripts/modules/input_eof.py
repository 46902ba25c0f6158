try:
    line = input()
    print("got", repr(line))
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print("again", type(e).__name__)
print(issubclass(EOFError, Exception))
print("done")
