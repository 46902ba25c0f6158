class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B), isinstance(obj, A))
obj.data = 5
obj.__class__ = A
print(obj.who(), obj.data)
try:
    obj.__class__ = 5
except TypeError as e:
    print(type(e).__name__)
print(obj.__class__ is A)
print((5).__class__, "x".__class__.__name__)
