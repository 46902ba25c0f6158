if a:
    if b:
        pass
    else:
        pass
else:
    pass
