def outer():
    def inner(x):
        return x * 2
    return inner
