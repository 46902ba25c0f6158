def f():
    return *a, *b
def g():
    yield *a, b
