# Huge sizes are a MemoryError or OverflowError at once, as CPython: never an abort, never
# unbounded growth (issue 12, p7).
for expr in (
    "[0]*10**10", "(0,)*10**10", "[[]]*10**10", "list(range(10**12))", "sorted(range(10**12))",
    "[1]*-(10**30)", "'x'*10**12", "b'x'*10**12", "bytes(10**12)", "'x'.ljust(10**12)",
    "'x'.center(10**12)", "'x'.zfill(10**12)", "'x'.rjust(10**12)", "list(range(10**20))",
    "tuple(range(10**12))", "[0]*2**62", "[0,0]*2**62", "'ab'*2**62", "'x'*2**63", "[0]*2**63",
    "bytes(2**63)", "' '*(10**12)", "[*range(10**12)]", "(0,)*2**62", "list(range(2**62))",
    "list(range(2**63))", "[]*10**30", "''*10**30", "[0]*10**30", "10**30*[0]",
    "(1,)*-(10**30)", "'x'*-(10**30)", "sorted(range(2**63))", "[0] * 2**40",
    "'x'*-5", "[1,2]*-1", "[]*10**12", "''*10**12", "[0]*0", "range(10**12)[::2][0]",
):
    try:
        r = eval(expr)
        print(expr, "ok", len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError) as e:
        print(expr, type(e).__name__, e)
l = [0]
try:
    l *= 10**12
except MemoryError as e:
    print("imul", type(e).__name__, l)
print("still fine", [1, 2] * 3, "ab" * 2)
