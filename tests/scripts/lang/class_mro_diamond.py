class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(K1, K2, Z): pass
print([k.__name__ for k in K3.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Init:
    def __init__(self):
        print("Init")
class L(Init):
    def __init__(self):
        print("L")
        super().__init__()
class R(Init):
    def __init__(self):
        print("R")
        super().__init__()
class Both(L, R):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
