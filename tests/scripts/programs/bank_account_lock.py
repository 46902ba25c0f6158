# Bank accounts as dataclasses guarded by locks; transfers take locks in id order to avoid deadlock.
from dataclasses import dataclass, field
import threading
import random


@dataclass
class Account:
    number: int
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def deposit(self, amount: int) -> None:
        with self.lock:
            self.balance += amount
            self.history.append(("dep", amount))


def transfer(src: Account, dst: Account, amount: int) -> bool:
    first, second = sorted((src, dst), key=lambda a: a.number)
    with first.lock:
        with second.lock:
            if src.balance < amount:
                return False
            src.balance -= amount
            dst.balance += amount
            src.history.append(("out", amount))
            dst.history.append(("in", amount))
            return True


accounts = [Account(i, name, 1000) for i, name in enumerate(["ana", "bo", "cy", "di"])]
outcomes = []
outcomes_lock = threading.Lock()


def teller(seed: int) -> None:
    rng = random.Random(seed)
    ok = failed = 0
    for _ in range(200):
        a, b = rng.sample(accounts, 2)
        if transfer(a, b, rng.randint(1, 300)):
            ok += 1
        else:
            failed += 1
    accounts[seed % 4].deposit(5)
    with outcomes_lock:
        outcomes.append((seed, ok + failed))


tellers = [threading.Thread(target=teller, args=(s,), name=f"teller-{s}") for s in range(6)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()

total = sum(a.balance for a in accounts)
print("operations per teller:", sorted(outcomes))
print(f"total money: {total} (expected {4 * 1000 + 6 * 5})")
print("no negative balances:", all(a.balance >= 0 for a in accounts))
for a in accounts:
    ins = sum(x for k, x in a.history if k in ("in", "dep"))
    outs = sum(x for k, x in a.history if k == "out")
    print(f"{a.owner}: consistent={1000 + ins - outs == a.balance}")
print(Account(9, "zed"))
