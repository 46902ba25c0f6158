# The one-line cases of issue 12 (w_misc_one_liners.txt), each with neighbours.
def t(src, ns=None):
    try:
        exec(src, {} if ns is None else ns)
    except Exception as e:
        print(type(e).__name__, e)


# Non-str ** keys.
t("dict(**{1: 2})")
t("def f(**k): return k\nf(**{1: 2})")
t("print(dict(**{'a': 1}))")
t("def f(**k): return k\nprint(f(**{'a': 1}, **{'b': 2}))")
# Ranges past 2**63.
t("print(range(10**20)[5:])")
t("print(len(range(-2**127, 2**127 - 1, 2**126)))")
t("print(range(10**20)[::-1][:3])")
t("print(range(10**20)[10**19:10**19 + 3], range(10**20)[-1], range(0, 10**20, 3)[-2:])")
t("print(range(-10**20, 10**20)[10**20], range(10**20)[::10**19])")
t("len(range(10**20))")
t("print(range(-2**127, 2**127 - 1, 2**126)[1:3])")
# NFKC identifiers.
t("exec('ℌ = 1'); print(H)")
t("ﬁ = 3; print(fi)")
t("def ℱ(): return 'F'\nprint(F())")
t("class ℂ: pass\nprint(C.__name__)")
# Lone surrogates are code points like any other.
t("print(ord(chr(0xd800)))")
t("print(ord(chr(0xdfff)), len(chr(0xd800)), repr(chr(0xdc80)), chr(0xd800) == chr(0xdc00))")
t("print(ord('\\ud800'), len('\\ud83d\\ude00'), '\\ud83d\\ude00' == '\\U0001f600')")
t("chr(0x110000)")
# The 4300-digit limit.
t("repr(2**14300)")
t("print(len(repr(2**14000)))")
# Custom __builtins__ in eval globals.
t("eval('len', {'__builtins__': {}})")
t("print(eval('len([1, 2])', {'__builtins__': {'len': lambda x: 'mine'}}))")
t("print(eval('abs(-1)', {}))")
t("exec('print(1)', {'__builtins__': {}})")
# Set mutation during iteration.
t("s = {1}; [s.add(2) for _ in s]")
t("s = {1, 2}\nfor x in s: s.discard(x)")
t("s = {1, 2}\nfor x in s: s.add(x)\nprint(sorted(s))")
t("s = frozenset({1, 2}); print(sorted(x for x in s))")
# dir() with no arguments at module level.
ns = {}
t("x = 1; print([n for n in dir() if not n.startswith('__')])", ns)
t("print(dir() == sorted(globals()))")
# Eval of a generator's code.
t("def g(): yield 1\nprint(type(eval(g.__code__)).__name__, list(eval(g.__code__)))")
# A collapsed RecursionError traceback still ends in RecursionError.
t("def r(n): return r(n + 1)\nr(0)")
