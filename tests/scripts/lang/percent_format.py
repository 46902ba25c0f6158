print("%d %i %s %r" % (1, 2, "three", "four"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %8.3f %-8.1f|" % (3.14159, 2.5, 1.25))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.000123, 1e-10, 1e20))
print("%c%c" % (72, "i"))
print("%%literal %s" % "x")
print("%s" % [1, 2])
print("%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "ann", "age": 5})
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.3s" % "abcdef")
print("%+d %+d % d" % (5, -5, 5))
print("%s" % None, "%r" % None)
print("%d" % 3.9, "%s" % 3.9)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("one",)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
print("single %s" % "arg")
print("%5s|%-5s|" % ("ab", "cd"))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%i%%" % 50)
