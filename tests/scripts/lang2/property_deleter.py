class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """the temperature"""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__)
print(type(Temp.celsius).__name__)
print(Temp.celsius.__doc__)
print(Temp.celsius.fget is not None, Temp.fahrenheit.fset is None)
x = property(lambda self: 7)
class P:
    val = x
print(P().val)
