# An uncaught NameError inside a function suggests a module global when no local is close.
def helper_function():
    return 1


def main(x):
    return helper_functon() + x


main(1)
