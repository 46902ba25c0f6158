def make_account(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"bad amount: {amount}")
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise RuntimeError("insufficient funds")
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_account(100)
print(dep(50), wd(30))
for op, amt in [(dep, -5), (wd, 1000), (dep, 1)]:
    try:
        print(op.__name__, op(amt))
    except Exception as e:
        print(op.__name__, type(e).__name__, e)
print(rep())
d2, w2, r2 = make_account(0)
d2(7)
print(r2(), rep()[0])
print(dep.__closure__ is not None, len(dep.__code__.co_freevars) if hasattr(dep, "__code__") else 2)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
