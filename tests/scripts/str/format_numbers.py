def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{:+d} {:+d} {: d}".format(5, -5, 5))
print("{:b} {:o} {:x} {:X} {:#x} {:#b}".format(10, 10, 255, 255, 255, 5))
print("{:.2%} {:.1e} {:g} {:g}".format(0.256, 12345.678, 0.00001, 1e20))
print("{:10.3f}|{:<10.3f}|{:^10.3f}".format(3.14159, 2.71828, 1.5))
print("{:_} {:,} {:,.2f}".format(1000000, 1234567, 1234.5))
print("{:=+8d} {:0>8} {:x<8}".format(42, 42, 42))
print("{0:c}".format(65), "{:n}".format(1234))
print("{:.3s}|{:5.2s}|".format("abcdef", "xyz"))
print("{:}".format(1.0), "{}".format(1e100), "{}".format(-0.0))
t(lambda: "{:,d}".format("x"))
t(lambda: "{:.2d}".format(1))
t(lambda: "{:c}".format(-1))
t(lambda: "{:=s}".format("a"))
t(lambda: "{:+s}".format("a"))
