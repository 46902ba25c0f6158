import numbers
print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Integral), isinstance(True, numbers.Number), isinstance("3", numbers.Number), issubclass(int, numbers.Complex))
