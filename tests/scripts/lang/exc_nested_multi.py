def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "value/type " + type(e).__name__ + ": " + str(e)
    except ZeroDivisionError:
        return "zero"
    except Exception as e:
        return "other " + type(e).__name__
    return "none"
print(classify(lambda: {}["a"]))
print(classify(lambda: [][0]))
print(classify(lambda: int("v")))
print(classify(lambda: 1 + "a"))
print(classify(lambda: 1 / 0))
print(classify(lambda: undefined_thing))
print(classify(lambda: None))
exc_types = (KeyError, ValueError)
try:
    raise ValueError("dynamic tuple")
except exc_types as e:
    print("dynamic", e)
def deep():
    try:
        try:
            try:
                raise ValueError("deep")
            except TypeError:
                print("no")
        except KeyError:
            print("no")
    except ValueError as e:
        print("outer got", e)
deep()
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("inner handler", e)
        print("back in first handler")
except Exception:
    print("no")
def handler_raises():
    try:
        raise ValueError("x")
    except ValueError:
        raise TypeError("y")
    except TypeError:
        return "not caught by sibling"
try:
    handler_raises()
except TypeError as e:
    print("sibling clause skipped", e)
try:
    raise KeyboardInterrupt
except Exception:
    print("no")
except BaseException as e:
    print("BaseException", type(e).__name__)
