name = "_tmp_open_append_binary.dat"
with open(name, "w") as f:
    f.write("a\n")
with open(name, "a") as f:
    f.write("b\n")
with open(name, "a") as f:
    print(f.write("c\n"))
with open(name) as f:
    print(repr(f.read()))
with open(name, "wb") as f:
    print(f.write(b"\x00\x01\xffhi"))
with open(name, "rb") as f:
    data = f.read()
print(type(data).__name__, data, len(data), list(data))
with open(name, "ab") as f:
    f.write(bytes([65, 66]))
with open(name, "rb") as f:
    print(f.read())
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo ✓\n")
with open(name, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(name, encoding="utf-8") as f:
    s = f.read()
print(repr(s), len(s))
try:
    import os
    os.remove(name)
except ImportError:
    pass
