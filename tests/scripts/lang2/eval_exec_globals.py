g = {"x": 10, "y": 3}
print(eval("x * y", g))
print(eval("x + z", g, {"z": 100}))
exec("w = x - y", g)
print(g["w"])
print(sorted(k for k in g if k != "__builtins__"))
ns = {}
exec("def f(a):\n    return a * 2\nresult = f(21)", ns)
print(ns["result"], ns["f"](5))
code = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(code))
code2 = compile("print('exec compiled')\nq = 5", "<s>", "exec")
d = {}
exec(code2, d)
print(d["q"])
print(eval("len('abc')", {}))
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
try:
    eval("undefined_name", {})
except Exception as e:
    print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print("compile", type(e).__name__)
print(exec("1 + 1"))
print(eval("[i * i for i in range(4)]"))
counter = 0
exec("counter += 5")
print(counter)
