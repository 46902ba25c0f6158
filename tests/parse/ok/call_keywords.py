f(a=1)
f(1, b=2, c=3)
f(x, *args, key=1, **kwargs)
