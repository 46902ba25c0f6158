x = "global"
class C:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    items = [x for _ in range(2)]
print(C.y)
print(C().m())
print(C.items)
class D:
    a = 1
    b = [a * 2]
    try:
        c = [a * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(D.b, D.err)
def f():
    v = "enclosing"
    class K:
        w = v
        def g(self):
            return v
    return K
K = f()
print(K.w, K().g())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
class E:
    name = "E"
    def who(self):
        return self.name
e = E()
print(e.who())
e.name = "instance"
print(e.who(), E.name)
