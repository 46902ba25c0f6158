# Two events impose a strict alternation between two threads.
import threading

ping = threading.Event()
pong = threading.Event()
log = []


def pinger():
    for i in range(5):
        log.append("ping %d" % i)
        pong.clear()
        ping.set()
        pong.wait()


def ponger():
    for i in range(5):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


a = threading.Thread(target=pinger)
b = threading.Thread(target=ponger)
b.start()
a.start()
a.join()
b.join()
print("\n".join(log))
