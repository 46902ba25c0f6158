out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("fin%d" % i)
print(out)
def gen_loop():
    res = []
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return res
        finally:
            res.append(i)
print(gen_loop())
def break_in_except():
    r = []
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
            r.append(i)
        except ValueError:
            r.append("err")
            break
    return r
print(break_in_except())
def continue_in_except():
    r = []
    for i in range(4):
        try:
            1 / (i - 1)
        except ZeroDivisionError:
            r.append("skip")
            continue
        r.append(i)
    return r
print(continue_in_except())
def nested_loops():
    r = []
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                    r.append((i, j))
                finally:
                    r.append("in")
        finally:
            r.append("out")
    return r
print(nested_loops())
def finally_overrides_break():
    for i in range(3):
        try:
            break
        finally:
            return "finally return %d" % i
print(finally_overrides_break())
