# eval/exec with one argument run in the caller's scope: globals() and locals(), so a
# function's locals are visible and exec's assignments do not leak into the module.
def f():
    x = 1
    return eval('x + 1')


print(f())


def g():
    exec('y = 5')
    return 'y' in globals()


print(g(), 'y' in globals())


def h(a):
    return eval('a * 2')


print(h(3))


class K:
    v = 10
    w = eval('v + 1')
    exec('u = v * 2')


print(K.w, K.u)


def closure():
    c = 7

    def inner():
        return eval('c')

    try:
        return inner()
    except NameError as e:
        return 'NameError', str(e)


print(closure())


def comprehension_in_eval(a):
    try:
        return eval('[a for _ in range(2)]')
    except NameError as e:
        return 'NameError', str(e)


print(comprehension_in_eval(3))
z = 'module'
print(eval('z'), (lambda: eval('z'))())


def explicit_namespaces():
    ns = {'q': 4}
    return eval('q', ns), eval('q * 2', {}, ns)


print(explicit_namespaces())
