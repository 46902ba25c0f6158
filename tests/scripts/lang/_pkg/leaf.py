print("_pkg.leaf loaded as", __name__)
def leaf_fn():
    return "leaf_fn"
