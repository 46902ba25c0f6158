with ctx() as (a, b):
    pass
with ctx() as x.y:
    pass
