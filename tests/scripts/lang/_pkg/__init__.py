print("_pkg init")
PKG_CONST = "pkg const"
from . import leaf
