# Found by the differential fuzzer: an uncaught NameError ends with CPython's "Did you mean"
# suggestion, here a local variable of the innermost frame.
def compute():
    total_count = 3
    return total_coutn


compute()
