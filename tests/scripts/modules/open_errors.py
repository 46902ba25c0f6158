try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.filename)
try:
    open("_definitely_missing_file.txt", "r")
except OSError as e:
    print("OSError catches it:", type(e).__name__)
print(issubclass(FileNotFoundError, OSError))
try:
    open("_missing_dir/x.txt", "w")
except Exception as e:
    print(type(e).__name__, e)
try:
    open("x", "q")
except Exception as e:
    print(type(e).__name__, e)
name = "_tmp_open_errors.txt"
with open(name, "w") as f:
    f.write("x")
f = open(name)
f.close()
try:
    f.read()
except Exception as e:
    print(type(e).__name__, e)
with open(name, "r") as f:
    try:
        f.write("y")
    except Exception as e:
        print(type(e).__name__, e)
try:
    import os
    os.remove(name)
except ImportError:
    pass
