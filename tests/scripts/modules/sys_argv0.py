import sys

print(len(sys.argv))
print(sys.argv[0].endswith("sys_argv0.py"))
print(type(sys.argv).__name__)
print(isinstance(sys.argv[0], str))
