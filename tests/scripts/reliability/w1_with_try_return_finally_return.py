# with + try/return + finally/return: the finally's value wins and the real __exit__ runs
# once (issue 12, w1). Also every shape of leaving a `with` through a finally.
import threading

lock = threading.Lock()


def cb(*a):
    print("callback wrongly called with", a)


def f():
    with lock:
        try:
            return cb
        finally:
            return "from finally"


print(f())
print("lock still held:", lock.locked())


class CM:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.suppress


def nested_withs():
    log = []
    with CM("a", log):
        with CM("b", log):
            try:
                return "body", log
            finally:
                log.append("finally")
    return "after", log


print(nested_withs())


def finally_return_over_exception():
    log = []
    with CM("a", log):
        try:
            raise ValueError("x")
        finally:
            return "swallowed", log


print(finally_return_over_exception())


def return_in_finally_of_with_in_loop():
    log = []
    for i in range(3):
        with CM(str(i), log):
            try:
                if i == 1:
                    return i, log
            finally:
                log.append("f%d" % i)
    return None, log


print(return_in_finally_of_with_in_loop())


def break_out_of_with_in_finally():
    log = []
    for i in range(5):
        with CM(str(i), log):
            try:
                return "never"
            finally:
                if i == 2:
                    break
                continue
    return "broke", log


print(break_out_of_with_in_finally())


def suppressing_with_then_return():
    log = []
    with CM("s", log, suppress=True):
        try:
            return 1 / 0
        finally:
            log.append("finally")
    return "suppressed", log


print(suppressing_with_then_return())


def deep_finally_chain():
    log = []
    try:
        try:
            try:
                return "inner"
            finally:
                log.append(1)
                return "middle"
        finally:
            log.append(2)
    finally:
        log.append(3)


print(deep_finally_chain())


def finally_return_replaces_return_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        return "except " + repr(e)
    finally:
        return "finally"


print(finally_return_replaces_return_in_except())


def except_name_unbound_after_return_through_finally():
    def inner():
        try:
            raise ValueError
        except ValueError as err:
            try:
                return "r"
            finally:
                pass

    return inner()


print(except_name_unbound_after_return_through_finally())


def many_calls():
    # A stack imbalance would grow or crash over many iterations.
    total = 0
    for i in range(20000):
        total += f() == "from finally"
    return total


print(many_calls(), lock.locked())
