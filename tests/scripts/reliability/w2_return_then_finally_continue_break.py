# return inside try, then continue/break in finally: the return value is dropped, the loop
# goes on (issue 12, w2). Every loop kind and nesting.
def f():
    seen = []
    it = iter("xyz")
    for i in range(3):
        seen.append(i)
        try:
            return it
        finally:
            continue
    return seen


print(f())


def g():
    out = []
    for k in "ab":
        for i in range(3):
            try:
                return i
            finally:
                break
        out.append(k)
    return out


print(g())


def h():
    n = 0
    while n < 200000:
        n += 1
        try:
            return n
        finally:
            continue
    return "done"


print(h())


def else_runs_after_continue_in_finally():
    for i in range(2):
        try:
            return i
        finally:
            continue
    else:
        return "else ran"


print(else_runs_after_continue_in_finally())


def while_break_in_finally_skips_else():
    n = 0
    while n < 5:
        n += 1
        try:
            return n
        finally:
            break
    else:
        return "else"
    return "broke at", n


print(while_break_in_finally_skips_else())


def nested_loops_continue_outer_via_finally():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    return (i, j)
                finally:
                    out.append((i, j))
            finally:
                break
    return out


print(nested_loops_continue_outer_via_finally())


def exception_then_finally_continue():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out


print(exception_then_finally_continue())


def exception_then_finally_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke", i


print(exception_then_finally_break())


def return_in_except_finally_continue():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            return "except"
        finally:
            out.append(i)
            continue
    return out


print(return_in_except_finally_continue())


def generator_with_finally_continue():
    for i in range(4):
        try:
            yield i
            return
        finally:
            continue


print(list(generator_with_finally_continue()))


def for_in_finally_after_return():
    try:
        return "try"
    finally:
        acc = []
        for x in range(3):
            if x == 1:
                continue
            acc.append(x)
        print("finally loop", acc)


print(for_in_finally_after_return())


def return_inside_loop_inside_finally():
    try:
        return "try"
    finally:
        for x in range(3):
            if x == 2:
                return "loop in finally", x


print(return_inside_loop_inside_finally())


def with_in_loop_continue():
    class CM:
        n = 0

        def __enter__(self):
            CM.n += 1

        def __exit__(self, *a):
            CM.n -= 1

    for i in range(1000):
        with CM():
            try:
                return i
            finally:
                continue
    return CM.n


print(with_in_loop_continue())


def stays_flat():
    # 200,000 iterations of each shape: a value left on the stack per iteration would show.
    a = sum(1 for _ in range(3))
    for _ in range(200000):
        try:
            return a
        finally:
            continue
    return "flat"


print(stays_flat())
