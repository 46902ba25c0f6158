# exec/eval of code objects (issue 12, p4): free variables and missing arguments are a
# TypeError as in CPython; a generator's code makes a generator; cells work.
def outer():
    x = 1

    def inner():
        return x

    return inner


for run in (exec, eval):
    try:
        run(outer().__code__)
    except TypeError as e:
        print(type(e).__name__, e)


def two_args(x, y):
    pass


def kw_only(*, z):
    pass


def gen():
    yield 1
    yield 2


def has_cell():
    a = 10

    def get():
        return a

    return get()


def with_varargs(*args, **kwargs):
    return args, kwargs


for run in (exec, eval):
    for code in (two_args.__code__, kw_only.__code__):
        try:
            run(code)
        except TypeError as e:
            print(run.__name__, "TypeError", e)
    print(run.__name__, type(run(gen.__code__)).__name__)
    print(run.__name__, run(has_cell.__code__))
    print(run.__name__, run(with_varargs.__code__))
print(list(eval(gen.__code__)))
print(eval(compile("1 + 2", "<s>", "eval")))
ns = {}
exec(compile("q = 5", "<s>", "exec"), ns)
print(ns["q"])
