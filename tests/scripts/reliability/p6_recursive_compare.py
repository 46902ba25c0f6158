# Comparing recursive or very deeply nested containers raises RecursionError (nesting
# counted against the recursion limit) instead of overflowing the stack (issue 12, p6).
a = []; a.append(a)
b = []; b.append(b)
for expr in ("a == b", "a < b", "a in [b]", "a != b", "a >= b", "[a] == [b]", "(a,) == (b,)"):
    try:
        eval(expr)
        print(expr, "no error")
    except RecursionError as e:
        print(expr, "RecursionError", e)
d = {}; d[1] = d
e = {}; e[1] = e
try:
    d == e
except RecursionError:
    print("dicts RecursionError")
print("identical", a == a, d == d)

deep1 = []
deep2 = []
for _ in range(100000):
    deep1 = [deep1]
    deep2 = [deep2]
try:
    print(deep1 == deep2)
except RecursionError as e:
    print("deep lists", e)
t1 = ()
t2 = ()
for _ in range(100000):
    t1 = (t1,)
    t2 = (t2,)
try:
    print(t1 == t2)
except RecursionError as e:
    print("deep tuples", e)
try:
    print(t1 < t2)
except RecursionError as e:
    print("deep tuples <", e)
m1 = {}
m2 = {}
for _ in range(100000):
    m1 = {0: m1}
    m2 = {0: m2}
try:
    print(m1 == m2)
except RecursionError as e:
    print("deep dicts", e)
try:
    print(deep1 in [deep2])
except RecursionError as e:
    print("deep in", e)
# Moderate nesting is fine, and so is the interpreter afterwards.
x = y = 0
for _ in range(200):
    x = [x, (1,)]
    y = [y, (1,)]
print(x == y, hash(((((1,),),),)) == hash(((((1,),),),)))


def recurse(n):
    return recurse(n + 1) if n < 50 else n


print(recurse(0))
