"""Bank accounts shared by teller threads: a dataclass account with its own lock, an Enum of
transaction kinds, frozen dataclass records appended to a ledger, and a final audit with
functools.reduce and operator."""
import functools
import operator
import threading
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import List


class Kind(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"


@dataclass(frozen=True)
class Record:
    account: str
    kind: Kind
    amount: int
    ok: bool


@dataclass
class Account:
    owner: str
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def apply(self, kind: Kind, amount: int) -> bool:
        with self.lock:
            if kind is Kind.WITHDRAW:
                if amount > self.balance:
                    return False
                self.balance -= amount
            else:
                self.balance += amount
            return True


accounts = {name: Account(name, 100) for name in ("ann", "bob", "cy")}
ledger: List[Record] = []
ledger_lock = threading.Lock()


def teller(seed: int) -> None:
    for step in range(30):
        name = ("ann", "bob", "cy")[(seed + step) % 3]
        kind = Kind.DEPOSIT if (seed * step) % 4 else Kind.WITHDRAW
        amount = (seed * 13 + step * 7) % 50 + 1
        ok = accounts[name].apply(kind, amount)
        with ledger_lock:
            ledger.append(Record(name, kind, amount, ok))


threads = [threading.Thread(target=teller, args=(s,)) for s in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(ledger), sorted(a.owner for a in accounts.values()))
for name, account in sorted(accounts.items()):
    mine = [r for r in ledger if r.account == name and r.ok]
    delta = functools.reduce(operator.add,
                             (r.amount if r.kind is Kind.DEPOSIT else -r.amount for r in mine), 0)
    print(name, account.balance == 100 + delta, account.balance >= 0)
print(sum(a.balance for a in accounts.values()) == 300 + sum(
    (r.amount if r.kind is Kind.DEPOSIT else -r.amount) for r in ledger if r.ok))
print(asdict(Record("z", Kind.DEPOSIT, 5, True)), Account("q"))
try:
    ledger[0].amount = 0
except AttributeError as e:
    print(type(e).__name__, e)
