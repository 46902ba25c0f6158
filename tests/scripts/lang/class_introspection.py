def func():
    pass
class Klass:
    def method(self):
        pass
print(func.__name__, Klass.__name__, Klass.method.__name__)
print(type(func).__name__, type(Klass).__name__, type(Klass()).__name__)
print(type(Klass().method).__name__)
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__)
print(type(()).__name__, type({}).__name__, type(set()).__name__, type(None).__name__)
print(type(True).__name__, type(range(1)).__name__, type(len).__name__)
print(type(type).__name__, type(object).__name__)
print(isinstance(1, (str, int)), isinstance("s", (int, float)), isinstance(1.0, (int, (str, float))))
print(isinstance(Klass, type), isinstance(Klass(), Klass))
print(isinstance(None, type(None)))
print(type(3) is int, type(True) is bool, type(True) is int)
k = Klass()
print(k.__class__.__name__, k.__class__.__class__.__name__)
print(Klass.__module__, func.__module__)
print(__name__)
print(int.__name__, str.__name__, object.__name__, Exception.__name__)
print(type("x") == str, str is type("")) 
print(callable(func), callable(Klass.method), callable(k.method), callable(None))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(func.__qualname__, Klass.method.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
