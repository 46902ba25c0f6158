x = 10
def read_global():
    return x
print(read_global())
def set_global():
    global x
    x = 20
set_global()
print(x)
def shadow():
    x = 5
    return x
print(shadow(), x)
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
unbound()
def create_global():
    global newname
    newname = "created"
create_global()
print(newname)
def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())
len = lambda s: 42
print(uses_builtin())
del len
print(uses_builtin())
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(del_local())
