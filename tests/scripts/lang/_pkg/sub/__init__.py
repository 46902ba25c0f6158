print("_pkg.sub init")
from ..leaf import leaf_fn as relay
