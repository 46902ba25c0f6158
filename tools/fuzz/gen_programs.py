#!/usr/bin/env python3
"""Generator of random, valid, terminating, deterministic Python programs for differential
fuzzing of pyth against CPython 3.11.

Program N of seed S is `generate(S, N)`: the same text on every run and machine (the random
generator is seeded with the string "S:N"). Programs print intermediate values so that any
difference in behaviour shows in stdout.

What a program holds: a preamble (a printing context manager, user exception classes), a few
random functions whose bodies mix nested bounded loops, if/elif/else, try/except/else/finally
with raises at various depths, `with` blocks, and conditional return/break/continue everywhere
(inside try, finally, with and loops); random generator functions (yield, yield from, send,
close, return values), and templates with random parameters: closures (nonlocal, late binding,
cells in loops), classes (methods, class attributes, inheritance, super(), properties,
dunders), comprehensions and generator expressions with walrus, exception chaining, string
formatting and container operations.

Termination: every loop is bounded (`for` over a small range, `while` with a counter that is
incremented first thing in the body), there is no recursion, and assignments reduce modulo a
prime so integers stay small. Determinism: no ids, no hashes, no timing, sets are sorted before
printing, generators are always exhausted or closed (never abandoned).

    python3 tools/fuzz/gen_programs.py SEED N      # print program N of seed SEED
"""

import random
import sys

EXC_CLASSES = ["ValueError", "KeyError", "E1", "E2", "E3", "IndexError", "TypeError"]

PREAMBLE = '''\
class E1(Exception):
    pass
class E2(E1):
    pass
class E3(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
class CM:
    def __init__(self, tag, swallow=False):
        self.tag = tag
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.tag)
        return self.tag
    def __exit__(self, t, v, tb):
        print("exit", self.tag, t.__name__ if t is not None else None, v)
        return self.swallow
def show(label, f, *args):
    try:
        print(label, "->", f(*args))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
def drive(label, g, sends):
    out = []
    try:
        v = next(g)
        for s in sends:
            out.append(v)
            v = g.send(s)
        out.append(v)
        while True:
            v = next(g)
            out.append(v)
    except StopIteration as s:
        print(label, "gen", out, "ret", s.value)
    except Exception as e:
        print(label, "gen", out, "!", type(e).__name__, e)
'''

MOD = 1009


class Gen:
    def __init__(self, rng, finally_exits=True):
        self.r = rng
        self.finally_exits = finally_exits
        self.lines = []
        self.ind = 0
        self.counter = 0
        self.uid = 0

    # ---- output helpers -------------------------------------------------------------
    def emit(self, text):
        self.lines.append("    " * self.ind + text)

    def fresh(self, prefix):
        self.uid += 1
        return f"{prefix}{self.uid}"

    def label(self):
        self.counter += 1
        return self.counter

    # ---- expressions ----------------------------------------------------------------
    def atom(self, vs):
        r = self.r
        if vs and r.random() < 0.65:
            return r.choice(vs)
        return str(r.randint(-3, 12))

    def expr(self, vs, depth=2):
        r = self.r
        if depth <= 0 or r.random() < 0.3:
            return self.atom(vs)
        k = r.randrange(12)
        a = self.expr(vs, depth - 1)
        b = self.expr(vs, depth - 1)
        if k < 4:
            return f"({a} {r.choice(['+', '-', '*', '+', '-'])} {b})"
        if k == 4:
            return f"({a} {r.choice(['//', '%'])} {r.choice([2, 3, 5, 7, -3, -4])})"
        if k == 5:
            return f"({a} if {self.cond(vs, 0)} else {b})"
        if k == 6:
            return f"{r.choice(['abs', 'int'])}({a})"
        if k == 7:
            return f"{r.choice(['min', 'max'])}({a}, {b})"
        if k == 8:
            return f"len([{a}, {b}][:{r.randint(0, 2)}])"
        if k == 9:
            return f"sum(range({r.randint(0, 5)}))"
        if k == 10:
            return f"({a} ^ {b})" if r.random() < 0.5 else f"({a} & {r.randint(1, 15)})"
        return f"(({a}) << {r.randint(0, 3)})"

    def cond(self, vs, depth=1):
        r = self.r
        k = r.randrange(6)
        if depth > 0 and k == 0:
            return f"({self.cond(vs, depth - 1)} {r.choice(['and', 'or'])} {self.cond(vs, depth - 1)})"
        if depth > 0 and k == 1:
            return f"not {self.cond(vs, depth - 1)}"
        if k == 2:
            return f"{self.atom(vs)} % {r.randint(2, 4)} == {r.randint(0, 1)}"
        if k == 3:
            return f"{self.atom(vs)} in ({r.randint(0, 5)}, {r.randint(0, 5)}, {r.randint(-2, 9)})"
        op = r.choice(["<", "<=", ">", ">=", "==", "!="])
        return f"{self.expr(vs, 1)} {op} {self.expr(vs, 1)}"

    def raise_stmt(self, vs):
        r = self.r
        cls = r.choice(EXC_CLASSES)
        e = self.expr(vs, 1)
        if cls == "IndexError" and r.random() < 0.5:
            return f"[1, 2][{r.randint(2, 5)}]"
        if cls == "TypeError" and r.random() < 0.5:
            return "len(5)"
        if r.random() < 0.1:
            return f"{e} // 0"
        if cls == "E3":
            return f"raise E3({e})"
        return f"raise {cls}({e})"

    def handler_clause(self):
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "except Exception as e:"
        if k == 1:
            return f"except ({r.choice(EXC_CLASSES)}, {r.choice(EXC_CLASSES)}) as e:"
        if k == 2:
            return "except:"
        return f"except {r.choice(EXC_CLASSES + ['ZeroDivisionError', 'ArithmeticError', 'LookupError'])} as e:"

    # ---- statements -----------------------------------------------------------------
    def block(self, ctx, vs, depth, n=None):
        r = self.r
        if n is None:
            n = r.randint(1, 3)
        for _ in range(n):
            self.stmt(ctx, vs, depth)

    def stmt(self, ctx, vs, depth):
        r = self.r
        choices = ["assign", "assign", "print", "print"]
        if depth > 0:
            choices += ["if", "for", "while", "try", "try", "with", "tryfinally"]
        exits = self.finally_exits or not ctx.get("finally")
        if ctx.get("loop") and exits:
            choices += ["break", "continue", "break", "continue"]
        if ctx.get("func") and exits:
            choices += ["return", "return"]
        if ctx.get("gen"):
            choices += ["yield", "yield", "yield"]
            if ctx.get("subgen") and depth > 0:
                choices.append("yieldfrom")
        choices += ["raise", "walrus", "del", "genexpr"]
        k = r.choice(choices)
        getattr(self, "s_" + k)(ctx, vs, depth)

    def s_assign(self, ctx, vs, depth):
        r = self.r
        t = r.choice(ctx["locals"])
        if r.random() < 0.3:
            self.emit(f"{t} = ({t} {r.choice(['+', '-'])} {self.expr(vs, 1)}) % {MOD}")
        else:
            self.emit(f"{t} = ({self.expr(vs)}) % {MOD}")

    def s_print(self, ctx, vs, depth):
        r = self.r
        items = ", ".join(self.expr(vs, 1) for _ in range(r.randint(1, 2)))
        self.emit(f"print({self.label()}, {items})")

    def s_if(self, ctx, vs, depth):
        r = self.r
        self.emit(f"if {self.cond(vs)}:")
        self.ind += 1
        self.block(ctx, vs, depth - 1)
        self.ind -= 1
        for _ in range(r.randint(0, 2) if r.random() < 0.5 else 0):
            self.emit(f"elif {self.cond(vs)}:")
            self.ind += 1
            self.block(ctx, vs, depth - 1)
            self.ind -= 1
        if r.random() < 0.5:
            self.emit("else:")
            self.ind += 1
            self.block(ctx, vs, depth - 1)
            self.ind -= 1

    def loop_body(self, ctx, vs, depth):
        inner = dict(ctx, loop=True)
        self.block(inner, vs, depth - 1)

    def loop_else(self, ctx, vs, depth):
        if self.r.random() < 0.35:
            self.emit("else:")
            self.ind += 1
            self.emit(f"print({self.label()}, 'else')")
            if self.r.random() < 0.5:
                self.block(ctx, vs, depth - 1, 1)
            self.ind -= 1

    def s_for(self, ctx, vs, depth):
        r = self.r
        v = self.fresh("i")
        k = r.randrange(4)
        if k == 0:
            it = f"range({r.randint(0, 4)})"
        elif k == 1:
            it = f"range({self.atom(vs)} % 3, {r.randint(2, 5)})"
        elif k == 2:
            it = f"[{', '.join(str(r.randint(-2, 9)) for _ in range(r.randint(0, 4)))}]"
        else:
            it = f"reversed(range({r.randint(1, 4)}))"
        self.emit(f"for {v} in {it}:")
        self.ind += 1
        self.loop_body(ctx, vs + [v], depth)
        self.ind -= 1
        self.loop_else(ctx, vs, depth)

    def s_while(self, ctx, vs, depth):
        r = self.r
        w = self.fresh("w")
        self.emit(f"{w} = 0")
        self.emit(f"while {w} < {r.randint(0, 4)}:")
        self.ind += 1
        self.emit(f"{w} += 1")
        self.loop_body(ctx, vs + [w], depth)
        self.ind -= 1
        self.loop_else(ctx, vs, depth)

    def s_try(self, ctx, vs, depth):
        r = self.r
        self.emit("try:")
        self.ind += 1
        self.block(ctx, vs, depth - 1)
        if r.random() < 0.5:
            self.emit(f"if {self.cond(vs)}:")
            self.ind += 1
            self.emit(self.raise_stmt(vs))
            self.ind -= 1
        self.ind -= 1
        for _ in range(r.randint(1, 2)):
            clause = self.handler_clause()
            self.emit(clause)
            self.ind += 1
            if " as e" in clause:
                self.emit(f"print({self.label()}, type(e).__name__, e)")
            else:
                self.emit(f"print({self.label()}, 'caught')")
            hctx = dict(ctx, handler=True)
            if r.random() < 0.5:
                self.block(hctx, vs, depth - 1, 1)
            if r.random() < 0.15:
                if " as e" in clause and r.random() < 0.5:
                    self.emit(f"raise E2({self.expr(vs, 1)}) from e")
                elif r.random() < 0.5:
                    self.emit("raise")
                else:
                    self.emit(f"raise E1({self.expr(vs, 1)})")
            self.ind -= 1
            if clause.startswith("except:"):
                break
        if r.random() < 0.35:
            self.emit("else:")
            self.ind += 1
            self.block(ctx, vs, depth - 1)
            self.ind -= 1
        if r.random() < 0.4:
            self.finally_block(ctx, vs, depth)

    def finally_block(self, ctx, vs, depth):
        self.emit("finally:")
        self.ind += 1
        self.emit(f"print({self.label()}, 'finally')")
        if self.r.random() < 0.6:
            self.block(dict(ctx, **{"finally": True}), vs, depth - 1, self.r.randint(1, 2))
        self.ind -= 1

    def s_tryfinally(self, ctx, vs, depth):
        self.emit("try:")
        self.ind += 1
        self.block(ctx, vs, depth - 1)
        self.ind -= 1
        self.finally_block(ctx, vs, depth)

    def s_with(self, ctx, vs, depth):
        r = self.r
        swallow = r.choice(["True", "False", "False"])
        t = self.label()
        if r.random() < 0.2:
            t2 = self.label()
            self.emit(f"with CM({t}, {swallow}) as c{t}, CM({t2}, {r.choice(['True', 'False'])}):")
        else:
            self.emit(f"with CM({t}, {swallow}) as c{t}:")
        self.ind += 1
        self.block(ctx, vs, depth - 1)
        self.ind -= 1

    def s_break(self, ctx, vs, depth):
        if self.r.random() < 0.7:
            self.emit(f"if {self.cond(vs)}: break")
        else:
            self.emit("break")

    def s_continue(self, ctx, vs, depth):
        if self.r.random() < 0.7:
            self.emit(f"if {self.cond(vs)}: continue")
        else:
            self.emit("continue")

    def s_return(self, ctx, vs, depth):
        r = self.r
        val = "" if ctx.get("gen") and r.random() < 0.5 else " " + self.expr(vs, 1)
        if r.random() < 0.7:
            self.emit(f"if {self.cond(vs)}: return{val}")
        else:
            self.emit(f"return{val}")

    def s_yield(self, ctx, vs, depth):
        r = self.r
        t = r.choice(ctx["locals"])
        if r.random() < 0.4:
            self.emit(f"{t} = yield {self.expr(vs, 1)}")
            self.emit(f"{t} = 0 if {t} is None else {t} % {MOD}")
        else:
            self.emit(f"yield {self.expr(vs, 1)}")

    def s_yieldfrom(self, ctx, vs, depth):
        r = self.r
        t = r.choice(ctx["locals"])
        sub = ctx["subgen"]
        self.emit(f"{t} = yield from {sub}({self.atom(vs)}, {self.atom(vs)})")
        self.emit(f"{t} = 0 if {t} is None else {t} % {MOD}")

    def s_raise(self, ctx, vs, depth):
        self.emit(f"if {self.cond(vs)}:")
        self.ind += 1
        self.emit(self.raise_stmt(vs))
        self.ind -= 1

    def s_walrus(self, ctx, vs, depth):
        r = self.r
        t = r.choice(ctx["locals"])
        v = self.fresh("k")
        n = r.randint(0, 5)
        body = self.expr(vs + [v], 1)
        k = r.randrange(3)
        if k == 0:
            self.emit(f"print({self.label()}, [({t} := ({body}) % {MOD}) for {v} in range({n}) if {self.cond(vs + [v], 0)}], {t})")
        elif k == 1:
            self.emit(f"print({self.label()}, sum(({t} := {v} + {self.atom(vs)}) for {v} in range({n})), {t})")
        else:
            self.emit(f"if ({t} := ({self.expr(vs)}) % {MOD}) > {r.randint(0, 8)}:")
            self.ind += 1
            self.emit(f"print({self.label()}, 'walrus', {t})")
            self.ind -= 1

    def s_del(self, ctx, vs, depth):
        t = self.fresh("d")
        self.emit(f"{t} = {self.expr(vs, 1)}")
        self.emit(f"del {t}")
        self.emit("try:")
        self.emit(f"    print({t})")
        self.emit("except NameError as e:")
        self.emit(f"    print({self.label()}, type(e).__name__, e)")

    def s_genexpr(self, ctx, vs, depth):
        r = self.r
        v = self.fresh("g")
        n = r.randint(0, 5)
        k = r.randrange(4)
        e = self.expr(vs + [v], 1)
        if k == 0:
            self.emit(f"print({self.label()}, sorted({{({e}) % 7 for {v} in range({n})}}))")
        elif k == 1:
            self.emit(f"print({self.label()}, {{{v}: {e} for {v} in range({n}) if {self.cond(vs + [v], 0)}}})")
        elif k == 2:
            self.emit(f"print({self.label()}, any({e} > {r.randint(0, 9)} for {v} in range({n})), all({v} < 3 for {v} in range({n})))")
        else:
            v2 = self.fresh("g")
            self.emit(f"print({self.label()}, [({v}, {v2}) for {v} in range({n}) for {v2} in range({v}) if ({v} + {v2}) % 2 == {r.randint(0, 1)}])")

    # ---- functions ------------------------------------------------------------------
    def function(self, name, gen=False, subgen=None, depth=3):
        r = self.r
        params = ["a", "b"]
        self.emit(f"def {name}(a, b=3):")
        self.ind += 1
        self.emit(f"c = {self.expr(params, 1)}")
        locs = ["a", "b", "c"]
        ctx = {"func": True, "gen": gen, "locals": locs, "subgen": subgen}
        self.block(ctx, locs, depth, r.randint(2, 5))
        if gen:
            self.emit(f"yield {self.expr(locs, 1)}")
        self.emit(f"return {self.expr(locs, 1)}")
        self.ind -= 1

    # ---- templates ------------------------------------------------------------------
    def t_closures(self):
        r = self.r
        n = r.randint(1, 4)
        m = r.randint(1, 5)
        f = self.fresh("mk")
        self.emit(f"def {f}(start):")
        self.emit("    n = start")
        self.emit("    def inc(k=1):")
        self.emit("        nonlocal n")
        self.emit(f"        n = (n + k * {m}) % {MOD}")
        self.emit("        return n")
        self.emit("    def get():")
        self.emit("        return n")
        self.emit("    return inc, get")
        self.emit(f"inc, get = {f}({r.randint(0, 9)})")
        self.emit(f"print({self.label()}, [inc() for _ in range({n})], inc({r.randint(-3, 3)}), get())")
        self.emit(f"fs = [lambda: i * {m} for i in range({n})]")
        self.emit(f"print({self.label()}, [g() for g in fs])")
        self.emit(f"fs = [lambda i=i: i * {m} for i in range({n})]")
        self.emit(f"print({self.label()}, [g() for g in fs])")
        self.emit("cells = []")
        self.emit(f"for j in range({n}):")
        self.emit("    def h(x=0):")
        self.emit("        return j + x")
        self.emit("    cells.append(h)")
        self.emit(f"j = {r.randint(10, 20)}")
        self.emit(f"print({self.label()}, [h({r.randint(0, 3)}) for h in cells])")
        self.emit(f"def outer{f}():")
        self.emit(f"    x = {r.randint(0, 9)}")
        self.emit("    def mid():")
        self.emit("        def inner():")
        self.emit("            nonlocal x")
        self.emit(f"            x += {m}")
        self.emit("            return x")
        self.emit("        return inner")
        self.emit("    g = mid()")
        self.emit("    g(); g()")
        self.emit("    return x, (lambda y, *rest, **kw: (y, rest, sorted(kw.items())))(x, 1, 2, z=3)")
        self.emit(f"print({self.label()}, outer{f}())")
        self.emit("G = 0")
        self.emit("def setg(v):")
        self.emit("    global G")
        self.emit("    G = v")
        self.emit(f"setg({r.randint(0, 50)})")
        self.emit(f"print({self.label()}, G)")

    def t_class(self):
        r = self.r
        base = self.fresh("B")
        sub = self.fresh("S")
        k = r.randint(1, 9)
        self.emit(f"class {base}:")
        self.emit(f"    kind = {r.randint(0, 9)}")
        self.emit("    def __init__(self, v):")
        self.emit("        self.v = v")
        self.emit("    def __eq__(self, o):")
        self.emit(f"        return isinstance(o, {base}) and self.v % {k} == o.v % {k}")
        self.emit("    def __lt__(self, o):")
        self.emit("        return self.v < o.v")
        self.emit("    def __repr__(self):")
        self.emit("        return f'{type(self).__name__}({self.v})'")
        self.emit("    def __len__(self):")
        self.emit(f"        return self.v % {k + 2}")
        self.emit("    def __iter__(self):")
        self.emit("        return iter(range(len(self)))")
        self.emit("    def __getitem__(self, i):")
        self.emit("        if i >= len(self):")
        self.emit("            raise IndexError(i)")
        self.emit("        return i * self.v")
        self.emit("    __hash__ = None")
        self.emit("    def describe(self):")
        self.emit("        return ('base', self.v, self.kind)")
        self.emit("    @property")
        self.emit("    def double(self):")
        self.emit("        return self.v * 2")
        self.emit("    @double.setter")
        self.emit("    def double(self, x):")
        self.emit("        self.v = x // 2")
        self.emit("    @classmethod")
        self.emit("    def make(cls, v):")
        self.emit("        return cls(v + 1)")
        self.emit("    @staticmethod")
        self.emit(f"    def twice(x):")
        self.emit("        return x * 2")
        self.emit(f"class {sub}({base}):")
        self.emit(f"    kind = {r.randint(10, 19)}")
        self.emit("    def describe(self):")
        self.emit("        return ('sub',) + super().describe()")
        if r.random() < 0.5:
            self.emit("    def __add__(self, o):")
            self.emit(f"        return {sub}(self.v + (o.v if isinstance(o, {base}) else o))")
            self.emit("    __radd__ = __add__")
        if r.random() < 0.5:
            self.emit("    def __bool__(self):")
            self.emit("        return self.v % 2 == 0")
        if r.random() < 0.5:
            self.emit("    def __contains__(self, x):")
            self.emit("        return x == self.v")
        vals = [r.randint(0, 12) for _ in range(r.randint(2, 5))]
        self.emit(f"objs = [{', '.join(f'{r.choice([base, sub])}({v})' for v in vals)}]")
        self.emit(f"print({self.label()}, objs, sorted(objs), [o.describe() for o in objs])")
        self.emit(f"print({self.label()}, [len(o) for o in objs], [list(o) for o in objs], [o.double for o in objs])")
        self.emit(f"print({self.label()}, objs[0] == objs[1], objs[0] != objs[-1], objs[0] < objs[-1], {base}({vals[0]}) in objs)")
        self.emit(f"objs[0].double = {r.randint(0, 30)}")
        self.emit(f"print({self.label()}, objs[0], {sub}.make({r.randint(0, 5)}), {base}.twice(objs[0].v), {sub}.kind, {base}.kind)")
        self.emit(f"print({self.label()}, [bool(o) for o in objs], [3 in o for o in objs], isinstance(objs[0], {sub}), issubclass({sub}, {base}))")
        self.emit("try:")
        self.emit("    hash(objs[0])")
        self.emit("except TypeError as e:")
        self.emit(f"    print({self.label()}, e)")
        self.emit("try:")
        self.emit(f"    print({self.label()}, objs[0][{r.randint(0, 4)}])")
        self.emit("except IndexError as e:")
        self.emit(f"    print({self.label()}, 'IndexError', e)")
        self.emit("try:")
        self.emit(f"    print({self.label()}, sum(objs, 0), objs[-1] + 1)")
        self.emit("except TypeError as e:")
        self.emit(f"    print({self.label()}, 'TypeError', e)")

    def t_chain(self):
        r = self.r
        f = self.fresh("ch")
        self.emit(f"def {f}(k):")
        self.emit("    try:")
        self.emit("        try:")
        self.emit(f"            raise {r.choice(['ValueError', 'KeyError', 'E1'])}(k)")
        self.emit("        except Exception as e:")
        if r.random() < 0.5:
            self.emit("            raise E2('wrapped') from e")
        else:
            self.emit("            raise E3(k)")
        self.emit("    except E1 as e:")
        self.emit("        return ('E1', str(e), type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)")
        self.emit("    except ValueError as e:")
        self.emit("        return ('VE', e.code, e.args, type(e.__context__).__name__, e.__cause__)")
        self.emit(f"print({self.label()}, {f}({r.randint(0, 9)}))")
        self.emit("try:")
        self.emit("    try:")
        self.emit("        " + r.choice(['1 // 0', '[][0]', '{}[1]', "int('x')"]))
        self.emit("    finally:")
        self.emit(f"        print({self.label()}, 'inner finally')")
        self.emit("except Exception as e:")
        self.emit(f"    print({self.label()}, type(e).__name__, e, e.args)")
        self.emit("try:")
        self.emit("    raise E1('a') from None")
        self.emit("except E1 as e:")
        self.emit(f"    print({self.label()}, e.__cause__, e.__suppress_context__)")

    def t_format(self):
        r = self.r
        i = r.randint(-500, 5000)
        f = r.choice(["3.25", "-0.5", "1e-3", "12345.678", "2.0", "1/3", "10/4", "7.0//2", "2**0.5"])
        s = r.choice(["'ab'", "'hello world'", "''", "'x-y-z'", "'MiXeD'"])
        spec_i = r.choice(["", ":5", ":<6", ":^7", ":05d", ":x", ":#o", ":,", ":+d", ":b", ":_"])
        spec_f = r.choice(["", ":.2f", ":10.3f", ":e", ":.3g", ":%", ":+.1f", ":g"])
        spec_s = r.choice(["", ":>8", ":*^9", ":.2", ":<4"])
        self.emit(f"i, f, s = {i}, {f}, {s}")
        self.emit(f"print({self.label()}, f'{{i{spec_i}}}|{{f{spec_f}}}|{{s{spec_s}}}|{{s!r}}|{{i!r:>6}}')")
        self.emit(f"print({self.label()}, '%d %5.2f %s %r %x' % (i, f, s, s, abs(i)), '{{}}-{{:>4}}-{{!r}}'.format(i, s, f))")
        self.emit(f"print({self.label()}, repr(f), str(f * 3), round(f, 2), int(f), f // 1, f % 1.5, divmod(i, 7), i ** 2, -i // 3, -i % 3)")
        self.emit(f"print({self.label()}, s.upper(), s.split('-'), s.replace('l', 'L'), s[::-1], s * 2, s.find('o'), ','.join(sorted(s)), s.startswith('h'), s.strip('ab'), s.title())")
        self.emit(f"print({self.label()}, str(i).zfill(8), hex(i), bin(i % 64), oct(i), chr(65 + i % 26), ord('a'), len(str(i)), bool(s), float(i) / 4)")

    def t_containers(self):
        r = self.r
        lst = [r.randint(-5, 20) for _ in range(r.randint(0, 6))]
        self.emit(f"L = {lst}")
        self.emit(f"D = {{k: k * k for k in L}}")
        self.emit(f"T = tuple(L)")
        self.emit(f"S = set(L)")
        self.emit(f"print({self.label()}, L[1:{r.randint(0, 5)}], L[::-2], sorted(L, reverse=True), L.count({r.randint(0, 5)}), T[-1:] if T else T)")
        self.emit(f"L.append({r.randint(0, 9)}); L.extend([1, 2]); L.insert({r.randint(-2, 3)}, 7)")
        self.emit(f"print({self.label()}, L, L.pop(), L.pop(0) if L else None, L.index(7) if 7 in L else -1)")
        self.emit(f"D[{r.randint(0, 9)}] = 'x'")
        self.emit(f"print({self.label()}, D, list(D.keys()), D.get({r.randint(0, 9)}, 'no'), D.pop({r.randint(0, 9)}, 'gone'), len(D))")
        self.emit(f"print({self.label()}, sorted(S | {{1, 2}}), sorted(S & {{1, 2, 3}}), sorted(S - {{0}}), sorted(S ^ {{5, 6}}), {r.randint(0, 9)} in S, len(S))")
        self.emit(f"print({self.label()}, list(zip(L, T)), list(enumerate(T[:3])), dict(zip('abc', L)), list(map(abs, L)), list(filter(None, L)))")
        self.emit(f"print({self.label()}, sorted(D.items(), key=lambda kv: str(kv[1])), [x for x in sorted(L) if x % 2], max(L, default=None), min(T, default=0))")
        self.emit("try:")
        self.emit(f"    print({self.label()}, D[{r.randint(100, 200)}])")
        self.emit("except KeyError as e:")
        self.emit(f"    print({self.label()}, 'KeyError', e)")
        self.emit(f"a, *rest = L + [0]")
        self.emit(f"print({self.label()}, a, rest, [*T, *rest], {{**{{'p': 1}}, 'q': 2}}, L == list(T), T < (3,), [1, [2]] == [1, [2]])")
        self.emit(f"del L[:{r.randint(0, 3)}]")
        self.emit(f"print({self.label()}, L, D.setdefault(99, []), D.popitem(), list(D.values())[:2])")

    def t_generators(self):
        r = self.r
        g = self.fresh("gen")
        n = r.randint(0, 4)
        self.emit(f"def {g}(n):")
        self.emit("    total = 0")
        self.emit("    try:")
        self.emit("        for i in range(n):")
        self.emit("            got = yield i")
        self.emit(f"            print({self.label()}, 'got', got)")
        self.emit("            total += i if got is None else got")
        self.emit("    except GeneratorExit:")
        self.emit(f"        print({self.label()}, 'closed')")
        self.emit("        raise")
        self.emit("    finally:")
        self.emit(f"        print({self.label()}, 'gen finally')")
        self.emit("    return total")
        self.emit(f"def outer{g}():")
        self.emit(f"    r = yield from {g}({n})")
        self.emit("    yield r")
        self.emit(f"    return r + 1")
        self.emit(f"drive({self.label()}, outer{g}(), [{', '.join(str(r.randint(0, 9)) for _ in range(r.randint(0, 3)))}])")
        self.emit(f"x = {g}({n + 2})")
        self.emit(f"print({self.label()}, next(x), x.send({r.randint(0, 9)}))")
        self.emit("x.close()")
        self.emit(f"print({self.label()}, list({g}({n})), sum({g}({n})))")
        self.emit(f"y = {g}({n + 1})")
        self.emit("next(y)")
        self.emit("try:")
        self.emit(f"    y.throw(E1({r.randint(0, 9)}))")
        self.emit("except E1 as e:")
        self.emit(f"    print({self.label()}, 'thrown back', e)")
        self.emit(f"print({self.label()}, list(x * 2 for x in {g}({n}) if x % 2 == 0))")

    # ---- the whole program ------------------------------------------------------------
    def program(self):
        r = self.r
        self.lines.extend(PREAMBLE.splitlines())
        calls = []
        nfun = r.randint(1, 4)
        subgen = None
        if r.random() < 0.5:
            subgen = "sub0"
            self.function(subgen, gen=True, depth=2)
        for i in range(nfun):
            name = f"f{i}"
            gen = r.random() < 0.3
            self.function(name, gen=gen, subgen=subgen if gen else None, depth=r.randint(2, 4))
            calls.append((name, gen))
        templates = [self.t_closures, self.t_class, self.t_chain, self.t_format,
                     self.t_containers, self.t_generators]
        parts = [("call", c) for c in calls] + [("tpl", t) for t in r.sample(templates, r.randint(0, 3))]
        r.shuffle(parts)
        for kind, item in parts:
            if kind == "call":
                name, gen = item
                for _ in range(r.randint(1, 3)):
                    args = f"{r.randint(-3, 12)}" + (f", {r.randint(-3, 12)}" if r.random() < 0.5 else "")
                    if gen:
                        sends = ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 3)))
                        self.emit(f"drive('{name}', {name}({args}), [{sends}])")
                    else:
                        self.emit(f"show('{name}', {name}, {args})")
            else:
                item()
        if r.random() < 0.08:
            # End with an uncaught exception: compares the traceback's last line and status.
            name, gen = calls[0]
            if gen:
                self.emit(f"print(list({name}({r.randint(-3, 12)})))")
            else:
                self.emit(f"print({name}({r.randint(-3, 12)}))")
            self.emit(self.raise_stmt(["1", "2"]))
        return "\n".join(self.lines) + "\n"


def generate(seed, n, opts=None):
    """Program n of seed `seed` (both ints): always the same text. opts: {"finally_exits":
    False} generates no return/break/continue inside finally blocks."""
    return Gen(random.Random(f"{seed}:{n}"), **(opts or {})).program()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.stdout.write(generate(int(sys.argv[1]), int(sys.argv[2])))
