try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = Exception("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
def nested():
    try:
        raise KeyError("inner")
    finally:
        pass
try:
    nested()
except KeyError as e:
    print("finally passthrough", e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as e1:
        try:
            raise TypeError(2)
        except TypeError as e2:
            raise KeyError(3)
except KeyError as e3:
    print(type(e3.__context__).__name__, type(e3.__context__.__context__).__name__)
