def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("{} {}".format(1, 2))
print("{0} {1} {0}".format("a", "b"))
print("{x} {y}".format(x=1, y="two"))
print("{} {x} {}".format(1, 2, x=3))
print("{{}} {{{}}}".format(5))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{:05d} {:.3f} {:x} {:,}".format(42, 3.14159, 255, 1234567))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}".format("a"))
print("{:{}}".format(1, 5))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("{a:{b}{c}}".format(a=1, b=">", c=5))
print("no fields")
print("{00}".format(5))
print("{0}{0}".format("x"))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": 1}))
print("{:}".format(3), "{!s:}".format(3))
print(str.format("{}-{}", 1, 2))
print("{0:{1}}".format("x", ">4"))
