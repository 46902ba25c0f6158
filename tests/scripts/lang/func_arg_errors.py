def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h():
    pass
class K:
    def m(self, x):
        pass
def check(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print("ok")
    except TypeError as e:
        print(e)
check(f)
check(f, 1)
check(f, 1, 2, 3)
check(f, 1, 2, c=3)
check(f, 1, a=2)
check(f, b=1)
check(g, 1)
check(g, 1, 2, 3, c=4)
check(h, 1)
check(h, x=1)
check(K().m)
check(K().m, 1, 2)
check(K.m, K())
def many(a, b, c, d):
    pass
check(many, 1)
check(many, 1, 2)
check(many, a=1, b=2)
def kwo(*, x, y, z):
    pass
check(kwo)
check(kwo, x=1)
def opt(a, b=1):
    pass
check(opt, 1, 2, 3)
check(opt)
def star(*args):
    pass
check(star, x=1)
