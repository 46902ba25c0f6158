# A Condition forces threads to take strict turns, so they can log straight to stdout in a fixed order.
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(threadName)-7s %(levelname)-5s %(name)s: %(message)s")

NAMES = ["ping", "pong", "pang"]
ROUNDS = 3
turn = 0
cond = threading.Condition()


def player(index):
    global turn
    log = logging.getLogger(f"game.{NAMES[index]}")
    for r in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn % len(NAMES) == index)
            level = logging.WARNING if r == ROUNDS - 1 else logging.INFO
            log.log(level, "round %d, move %d", r + 1, turn + 1)
            turn += 1
            cond.notify_all()


players = [threading.Thread(target=player, args=(i,), name=n) for i, n in enumerate(NAMES)]
for p in reversed(players):
    p.start()
for p in players:
    p.join()
logging.getLogger("game").info("total moves: %d", turn)

# A countdown where each thread waits for its number, highest first.
count = 5
lines = []


def countdown(n):
    global count
    with cond:
        ok = cond.wait_for(lambda: count == n, timeout=5)
        print(f"T-{n}" if n else "liftoff!", flush=True)
        lines.append(ok)
        count -= 1
        cond.notify_all()


ts = [threading.Thread(target=countdown, args=(n,), name=f"cd{n}") for n in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
logging.debug("no timeouts: %s", all(lines))
with cond:
    print("wait_for with false predicate:", cond.wait_for(lambda: False, timeout=0.01))
