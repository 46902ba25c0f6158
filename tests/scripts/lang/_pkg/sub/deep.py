from .. import PKG_CONST
def info():
    return "deep sees " + PKG_CONST
