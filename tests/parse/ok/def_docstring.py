def f():
    """Docstring.

    More text.
    """
    return None
