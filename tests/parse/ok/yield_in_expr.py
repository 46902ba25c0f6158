def g():
    x = 1 + (yield)
    return (yield from a)
