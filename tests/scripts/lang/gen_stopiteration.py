def g():
    yield 1
    raise StopIteration("inner")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(next(it, None))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
def manual_loop(iterable):
    it = iter(iterable)
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_loop("hey"))
def gen_close():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gg = gen_close()
print(next(gg))
gg.close()
print("closed")
def gen_throw():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught " + str(e)
t = gen_throw()
print(next(t))
print(t.throw(ValueError("boom")))
print(next(t))
