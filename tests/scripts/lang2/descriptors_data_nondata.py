class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata from " + (objtype.__name__ if objtype else "?")

class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        return obj._d * 10
    def __set__(self, obj, value):
        obj._d = value
    def __delete__(self, obj):
        print("deleting")
        del obj._d

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd)
c.nd = "instance wins"
print(c.nd)
del c.nd
print(c.nd)
c.d = 4
print(c.d)
c.__dict__["d"] = "shadow?"
print(c.d)
print(C.d)
print(C.nd)
del c.d
try:
    c.d
except AttributeError as e:
    print(type(e).__name__)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class D:
    r = ReadOnly()
try:
    D().r = 5
except AttributeError as e:
    print(type(e).__name__, e)
