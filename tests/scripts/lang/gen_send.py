def accumulator():
    total = 0
    while True:
        x = yield total
        total += x
a = accumulator()
print(next(a))
print(a.send(10))
print(a.send(5))
print(a.send(-3))
def g():
    x = yield 1
    print("received", x)
    y = yield 2
    print("received", y)
gen = g()
print(gen.send(None))
print(gen.send("a"))
try:
    gen.send("b")
except StopIteration:
    print("exhausted")
gen2 = g()
try:
    gen2.send("not none")
except TypeError as e:
    print(type(e).__name__, e)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
av = averager()
next(av)
for v in [10, 20, 30]:
    print(av.send(v))
