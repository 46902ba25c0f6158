def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = a * 10
        inner()
        return a
    r = mid()
    return a, r
print(outer())
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
def rebind_after():
    x = 1
    def f():
        return x
    x = 2
    return f()
print(rebind_after())
def two_closures():
    n = 0
    def inc():
        nonlocal n
        n += 1
    def read():
        return n
    return inc, read
i, r = two_closures()
i(); i()
print(r())
