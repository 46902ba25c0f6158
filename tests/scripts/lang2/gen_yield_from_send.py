def inner():
    got = []
    while True:
        x = yield len(got)
        if x == "stop":
            return got
        got.append(x)

def outer():
    result = yield from inner()
    print("inner returned", result)
    extra = yield "outer-after"
    return ("outer", result, extra)

o = outer()
print(next(o))
print(o.send("a"))
print(o.send("b"))
print(o.send("stop"))
try:
    o.send("fin")
except StopIteration as e:
    print("final", e.value)

def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield "sub caught " + repr(e)
    return 99

def deleg():
    r = yield from sub()
    yield ("r", r)

d = deleg()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))

def closer():
    try:
        yield from sub()
    finally:
        print("closer finally")
c = closer()
next(c)
c.close()
def ret_only():
    return 5
    yield
def wrap():
    v = yield from ret_only()
    yield v
print(list(wrap()))
