import sys

print(sys.version_info[0], sys.version_info[:1])
print(sys.version_info >= (3, 0))
print(sys.maxsize == 2**63 - 1)
print(type(sys.path).__name__)
print(type(sys.modules).__name__, "sys" in sys.modules)
print(sys.stdout is not None, sys.stderr is not None)
sys.stdout.write("written\n")
print(sys.stdout.write("abc\n"))
print(type(sys.platform).__name__)
print(sys.byteorder in ("little", "big"))
