# dir() without arguments lists the calling scope: module, function or class body.
x = 1
print([n for n in dir() if not n.startswith('__')])
def f(a, b=2):
    c = 3
    return dir()
print(f(1))
class K:
    y = 1
    print([n for n in dir() if not n.startswith('__')])
def g():
    v = 1
    def h():
        return v
    return dir(), h()
print(g())
print(dir(K) == sorted(dir(K)))
