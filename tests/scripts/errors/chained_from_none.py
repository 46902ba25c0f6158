try:
    int("x")
except ValueError:
    raise KeyError("replaced") from None
