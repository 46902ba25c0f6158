def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 2
    yield from other()
    z = yield from h()
    await_ = (yield)
    f((yield))
