print((1.5).__add__(2), (1.5).__radd__(2), (1.5).__sub__(0.5), (1.5).__rsub__(10))
print((3.0).__mul__(2), (7.0).__truediv__(2), (7.0).__rtruediv__(14), (7.5).__floordiv__(2), (-7.5).__mod__(2))
print((7.5).__divmod__(2), (2.0).__pow__(0.5), (2.0).__rpow__(3), (1.5).__add__('x'))
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.7).__floor__(), (-2.7).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-2.5).__abs__(), (2.5).__neg__())
print((2.5).__int__(), (2.5).__float__(), (0.0).__bool__(), (0.1).__bool__())
print((1.5).__hash__() == hash(1.5), hash(2.0) == hash(2), (1e100).__hash__() == hash(1e100))
print((3.14159).__format__('.2f'), (1234.5).__format__(',.1f'), (0.5).__format__('%'))
print(type((1e30).__floor__()).__name__, (1e30).__floor__())
try:
    (1.0).__truediv__(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float('inf').__floor__()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float('nan').__trunc__()
except ValueError as e:
    print(type(e).__name__, e)
class MyF(float):
    def __add__(self, o):
        return MyF(super().__add__(o))
print(MyF(1.5) + 1, type(MyF(1.5) + 1).__name__)
