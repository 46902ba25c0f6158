# A module with its own globals, used by w3_globals_after_import.py.
marker = "other module"


def own_globals_has_marker():
    return "marker" in globals()


def call_back(f):
    return f()


def gen():
    yield "marker" in globals()
    yield "marker" in globals()


def fail():
    raise ValueError("from other")


def make_class():
    return type("Made", (), {}).__module__
