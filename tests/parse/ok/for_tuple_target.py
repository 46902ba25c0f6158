for i, x in enumerate(xs):
    pass
for k, v in d.items(): pass
