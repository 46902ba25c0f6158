import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
t = Template("$who likes $what, costs $$5 ${thing}s")
print(t.substitute(who="tim", what="kung pao", thing="dollar"))
print(t.substitute({"who": "a", "what": "b"}, thing="c"))
print(Template("$who and $missing").safe_substitute(who="x"))
try: Template("$who and $missing").substitute(who="x")
except KeyError as e: print("KeyError", e)
try: Template("bad $ here").substitute()
except ValueError as e: print("ValueError", e)
print(Template("$a ${b} $$").get_identifiers(), Template("$").is_valid())
class Pct(Template): delimiter = "%"
print(Pct("%x costs %%").substitute(x=3))
f = Formatter()
print(f.format("{0} + {1} = {2:>4}", 1, 2, 3), f.format("{name!r} {x.real} {l[1]}", name="n", x=3, l=[7, 8]))
print(f.format("{} {}", "a", "b"), f.format("{:{w}}|", "ab", w=5), list(f.parse("a{0}b{x!r:>3}c")))
class Upper(Formatter):
    def format_field(self, value, spec): return format(value, spec).upper()
print(Upper().format("{} and {}", "x", "y"))
import threading
results = []
tmpl = Template("worker-$n done")
def w(n): results.append(tmpl.substitute(n=n))
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
