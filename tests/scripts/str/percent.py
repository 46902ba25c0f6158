def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("%s and %r" % ("a", "b"))
print("%d%%" % 50)
print("%5.2f|%-5d|%05d" % (3.14159, 42, 7))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%x %X %o %e" % (255, 255, 8, 12345.678))
print("%c%c" % ("a", 98))
print("%s" % [1, 2], "%s" % (1,))
t(lambda: "%d" % "x")
t(lambda: "%s %s" % ("a",))
t(lambda: "%s" % ("a", "b"))
t(lambda: "%(x)s" % {})
t(lambda: "%z" % 1)
