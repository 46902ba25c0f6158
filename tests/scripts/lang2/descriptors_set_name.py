class Field:
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        print(f"set {self.owner_name}.{self.name} = {value!r}")
        setattr(obj, self.private, value)

class Person:
    name = Field()
    age = Field()
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age)
print(Person.name.name, Person.age.private)
print(sorted(vars(p).items()))
p.age = 31
print(p.age)
print(isinstance(Person.__dict__["age"], Field))
