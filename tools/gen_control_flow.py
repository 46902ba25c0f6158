# Generates random programs mixing try/except/finally, with, for/while, return/break/continue
# and raise (issue 12, w1/w2): `python3 tools/gen_control_flow.py START COUNT` writes
# /tmp/fz/pSEED.py. Run each under python3 and pyth and compare the output; a few seeds are
# kept as script tests in tests/scripts/reliability/control_flow_seed_*.py.
import random, sys
def gen_prog(seed):
    r = random.Random(seed)
    lines = []
    counter = [0]
    def ind(d): return "    " * d
    def stmt(d, depth, in_loop, in_func):
        k = r.random()
        out = []
        if depth > 3 or k < 0.25:
            c = r.random()
            counter[0] += 1
            n = counter[0]
            if c < 0.2 and in_func:
                out.append(ind(d) + f"return ('r{n}', len(log))")
            elif c < 0.35 and in_loop:
                out.append(ind(d) + f"log.append('b{n}'); break")
            elif c < 0.5 and in_loop:
                out.append(ind(d) + f"log.append('c{n}'); continue")
            elif c < 0.6:
                out.append(ind(d) + f"raise ValueError('e{n}')")
            elif c < 0.65 and in_func:
                out.append(ind(d) + "pass")
            else:
                out.append(ind(d) + f"log.append('s{n}')")
            return out
        c = r.random()
        if c < 0.2:
            out.append(ind(d) + "try:")
            out += block(d + 1, depth + 1, in_loop, in_func)
            out.append(ind(d) + "finally:")
            out += block(d + 1, depth + 1, in_loop, in_func)
        elif c < 0.4:
            out.append(ind(d) + "try:")
            out += block(d + 1, depth + 1, in_loop, in_func)
            out.append(ind(d) + "except ValueError as ex:")
            out.append(ind(d + 1) + "log.append(str(ex))")
            out += block(d + 1, depth + 1, in_loop, in_func)
            if r.random() < 0.5:
                out.append(ind(d) + "else:")
                out += block(d + 1, depth + 1, in_loop, in_func)
            if r.random() < 0.5:
                out.append(ind(d) + "finally:")
                out += block(d + 1, depth + 1, in_loop, in_func)
        elif c < 0.55:
            out.append(ind(d) + f"with CM(log, {r.random() < 0.3}):")
            out += block(d + 1, depth + 1, in_loop, in_func)
        elif c < 0.7:
            out.append(ind(d) + f"for i{depth} in range({r.randint(0,3)}):")
            out += block(d + 1, depth + 1, True, in_func)
            if r.random() < 0.3:
                out.append(ind(d) + "else:")
                out += block(d + 1, depth + 1, in_loop, in_func)
        elif c < 0.8:
            out.append(ind(d) + f"w{depth} = 0")
            out.append(ind(d) + f"while w{depth} < {r.randint(0,3)}:")
            out.append(ind(d + 1) + f"w{depth} += 1")
            out += block(d + 1, depth + 1, True, in_func)
        elif c < 0.9:
            out.append(ind(d) + "if len(log) % 2:")
            out += block(d + 1, depth + 1, in_loop, in_func)
            out.append(ind(d) + "else:")
            out += block(d + 1, depth + 1, in_loop, in_func)
        else:
            out += stmt(d, 99, in_loop, in_func)
        return out
    def block(d, depth, in_loop, in_func):
        out = []
        for _ in range(r.randint(1, 3)):
            out += stmt(d, depth, in_loop, in_func)
        return out
    prog = ["class CM:",
            "    def __init__(self, log, sup): self.log, self.sup = log, sup",
            "    def __enter__(self): self.log.append('enter'); return self",
            "    def __exit__(self, t, v, tb): self.log.append('exit ' + (t.__name__ if t else '-')); return self.sup",
            "def f(log):"]
    prog += block(1, 0, False, True)
    prog.append("    return 'end'")
    prog += ["for k in range(3):",
             "    log = []",
             "    try:",
             "        print(f(log), log)",
             "    except ValueError as e:",
             "        print('exc', e, log)"]
    return "\n".join(prog) + "\n"
start, n = int(sys.argv[1]), int(sys.argv[2])
for s in range(start, start + n):
    open(f"/tmp/fz/p{s}.py", "w").write(gen_prog(s))
