e = ValueError("one", 2, [3])
print(e.args, len(e.args), e.args[1])
print(Exception().args, Exception(None).args)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))
def reraise_var():
    try:
        int("q")
    except ValueError as e:
        err = e
    raise err
try:
    reraise_var()
except ValueError as e:
    print(e)
def raise_class():
    raise IndexError
try:
    raise_class()
except IndexError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        e.args = ("changed",)
        raise
except ValueError as e:
    print(e)
err = RuntimeError("r")
err.extra = "attr"
try:
    raise err
except RuntimeError as e:
    print(e.extra, e is err)
