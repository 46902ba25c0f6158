print(int.__add__(1, 2), (5).__rsub__(3), (5).__sub__(3), (7).__mul__(6), (7).__rmul__(2))
print((7).__truediv__(2), (7).__rtruediv__(2), (7).__floordiv__(2), (-7).__floordiv__(2), (7).__rfloordiv__(20))
print((7).__mod__(3), (-7).__mod__(3), (7).__rmod__(3), (7).__divmod__(2), (7).__rdivmod__(30))
print((2).__pow__(10), (2).__rpow__(10), (2).__pow__(10, 1000), (2).__pow__(-1))
print((1).__lshift__(70), (1024).__rshift__(3), (6).__and__(3), (6).__or__(3), (6).__xor__(3))
print((1).__add__(1.5), (1).__add__('x'), (3).__mul__([1]), (2).__radd__(2.5))
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (-5).__abs__(), (0).__bool__(), (3).__bool__())
print((5).__int__(), (5).__index__(), (5).__float__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__())
print((1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print((255).__format__('x'), (255).__format__('08b'), (1234567).__format__(','), (5).__format__(''))
print((12).__hash__() == hash(12), (2**100).__hash__() == hash(2**100), (-1).__hash__())
print(True.__add__(True), True.__and__(False), True.__or__(2))
print(int.__add__(True, 2))
try:
    int.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__floordiv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
