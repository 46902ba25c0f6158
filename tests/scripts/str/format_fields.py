def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def __init__(self):
        self.x = 1
        self.y = [10, 20]
        self.d = {"k": "v"}
p = P()
print("{0.x} {0.y[1]} {0.d[k]}".format(p))
print("{p.x}".format(p=p))
print("{0[0]} {0[1]}".format([7, 8]))
print("{0[a]} {0[b]}".format({"a": 1, "b": 2}))
print("{0[0]}".format("ab"))
print("{d[1]}".format(d={1: "int key"}))
print("{0[1][0]}".format([[1], [2, 3]]))
print("{.x}".format(p))
print("{[1]}".format("xy"))
t(lambda: "{0.y}".format(1))
t(lambda: "{0[1]}".format([1]))
t(lambda: "{0[a]}".format({}))
t(lambda: "{0.a.b}".format(1))
t(lambda: "{0[-1]}".format([1, 2]))
t(lambda: "{a.b[c]}".format(a=1))
t(lambda: "{0.}".format(1))
t(lambda: "{0[]}".format(1))
t(lambda: "{0[0]x}".format([1]))
t(lambda: "{0[0}".format([1]))
