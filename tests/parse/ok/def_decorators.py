@dec
@mod.dec(1, x=2)
def f():
    pass
