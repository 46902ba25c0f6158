print("mymod loading, __name__ =", __name__)
VALUE = 42
counter = 0
def greet(name):
    return "hello " + name
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __repr__(self):
        return "Thing()"
_private = "private"
if __name__ == "__main__":
    print("not printed when imported")
