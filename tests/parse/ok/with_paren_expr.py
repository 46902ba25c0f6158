with (yield):
    pass
with (a, b):
    pass
with (a):
    pass
