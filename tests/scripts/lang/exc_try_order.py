log = []
def run(raise_it):
    try:
        log.append("try")
        if raise_it:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
run(False)
print(log)
log.clear()
run(True)
print(log)
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def order():
    out = []
    try:
        out.append(1)
        return out
    finally:
        out.append(2)
print(order())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
def nested_finally():
    out = []
    try:
        try:
            raise KeyError("k")
        finally:
            out.append("inner finally")
    except KeyError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out
print(nested_finally())
def except_no_match():
    try:
        try:
            raise TypeError("t")
        except ValueError:
            return "wrong"
        finally:
            print("inner finally runs")
    except TypeError as e:
        return "outer " + str(e)
print(except_no_match())
def else_raises():
    try:
        try:
            pass
        except Exception:
            return "not here"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return str(e)
print(else_raises())
def exc_var_cleared():
    try:
        raise ValueError()
    except ValueError as err:
        pass
    try:
        err
    except NameError as ne:
        return "NameError: " + str(ne)
print(exc_var_cleared())
