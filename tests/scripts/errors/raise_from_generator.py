def gen():
    yield 1
    raise TypeError("from inside the generator")
for x in gen():
    print(x)
