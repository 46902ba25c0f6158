def f():
    return g()
def g():
    return "g v1"
print(f())
def g():
    return "g v2"
print(f())
funcs = {}
for name in ["a", "b", "c"]:
    funcs[name] = lambda: name
print([fn() for fn in funcs.values()])
funcs = {}
for name in ["a", "b", "c"]:
    funcs[name] = (lambda n: lambda: n)(name)
print([fn() for fn in funcs.values()])
def default_eval(x=[]):
    x.append(1)
    return x
print(default_eval(), default_eval(), default_eval([0]))
val = 1
def default_time(v=val):
    return v
val = 2
print(default_time())
