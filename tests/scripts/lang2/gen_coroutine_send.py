def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return ("done", count)

co = averager()
print(next(co))
print(co.send(10))
print(co.send(20))
print(co.send(60))
try:
    co.send(None)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo finished with", received)

e = echo()
print(e.send(None))
print(e.send("a"), e.send("b"))
e.close()
g = averager()
try:
    g.send(5)
except TypeError as ex:
    print(type(ex).__name__, ex)

def acc():
    s = 0
    while True:
        s += yield s
a = acc()
next(a)
print([a.send(i) for i in range(1, 6)])

def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as ex:
            yield "handled " + str(ex)
t = thrower()
print(next(t), t.throw(ValueError("bad")), next(t))
