pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (NameError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (Exception, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception),
    (TypeError, Exception), (ValueError, Exception), (AttributeError, Exception),
    (AssertionError, Exception), (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (GeneratorExit, BaseException), (GeneratorExit, Exception), (UnicodeError, ValueError),
    (FileNotFoundError, OSError), (KeyError, IndexError), (StopIteration, StopIteration),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([c.__name__ for c in ZeroDivisionError.__mro__])
for exc, trigger in [
    (ZeroDivisionError, lambda: 1 // 0),
    (LookupError, lambda: [][1]),
    (LookupError, lambda: {}["k"]),
    (ArithmeticError, lambda: 1 % 0),
    (Exception, lambda: int("z")),
]:
    try:
        trigger()
    except exc as e:
        print("caught", type(e).__name__, "as", exc.__name__)
