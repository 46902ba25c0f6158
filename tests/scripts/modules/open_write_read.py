name = "_tmp_open_write_read.txt"
with open(name, "w") as f:
    n = f.write("line one\n")
    print(n)
    f.write("line two\nline three\n")
    print(f.closed)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(name)
print(f.read(4))
print(f.read(5))
f.close()
print(f.closed)
try:
    import os
    os.remove(name)
except ImportError:
    pass
