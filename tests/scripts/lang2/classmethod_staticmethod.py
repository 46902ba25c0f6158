class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_ish(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(MyDate.today_ish())
d = Date(1, 2, 3)
print(d.from_string("5-6-7"))
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), MyDate.is_leap(2023))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
sm = Date.__dict__["is_leap"]
print(sm.__func__(2004))
cm = Date.from_string
print(cm.__self__ is Date)
