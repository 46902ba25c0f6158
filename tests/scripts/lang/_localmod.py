print("_localmod loaded as", __name__)
X = "x from _localmod"
def double(v):
    return v * 2
