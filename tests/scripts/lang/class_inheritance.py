class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age
    def kind(self):
        return "puppy < " + super().kind()
print(Dog("rex").speak())
p = Puppy("bit", 1)
print(p.speak())
print(p.kind())
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(issubclass(Dog, (int, Animal)))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return "base:" + self.hook()
    def hook(self):
        return "base hook"
class Derived(Base):
    def hook(self):
        return "derived hook"
print(Derived().template())
class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    def __init__(self):
        super(B, self).__init__()
        self.log.append("B")
print(B().log)
class Stat:
    @classmethod
    def make(cls):
        return cls()
class SubStat(Stat):
    pass
print(type(SubStat.make()).__name__)
print(issubclass(bool, int), isinstance(True, int))
print(issubclass(Dog, Dog), issubclass(Dog, object))
