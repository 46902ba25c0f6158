def level1():
    a = 1
    def level2():
        b = 10
        def level3():
            nonlocal a, b
            a += 1
            b += 10
            return a, b
        r = level3()
        r2 = level3()
        return r, r2, b
    out = level2()
    return out, a

print(level1())

def counter_factory():
    count = 0
    def make():
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    incs = [make(), make()]
    def get():
        return count
    return incs, get

(i1, i2), get = counter_factory()
print(i1(), i2(), i1(), get())

def shadow():
    x = "L1"
    def mid():
        x = "L2"
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    return mid(), x
print(shadow())

def skip_level():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 5
        inner()
        inner()
    mid()
    return v
print(skip_level())
g = "global"
def uses_global():
    def inner():
        global g
        g = "rebound"
    inner()
print(uses_global(), g)
