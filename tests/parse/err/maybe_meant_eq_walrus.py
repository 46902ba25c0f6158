if x = 1 and y:
    pass
