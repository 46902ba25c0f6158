# signal: handlers run in the main thread; SIG_IGN; raise_signal; handler exceptions.
import os
import signal
import threading
import time

print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1 > 0, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
got = []


def handler(sig, frame):
    got.append((sig, threading.current_thread() is threading.main_thread()))


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(500):
    if got:
        break
    time.sleep(0.01)
print(got == [(signal.SIGUSR1, True)])

signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print(got[-1] == (signal.SIGINT, True))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')


def boom(sig, frame):
    raise RuntimeError('from handler %d' % sig)


signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    time.sleep(5)
    print('not interrupted')
except RuntimeError as e:
    print(e)

errors = []


def worker():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors)
for bad in [lambda: signal.signal(signal.SIGUSR1, 5), lambda: signal.signal(1000, handler), lambda: signal.getsignal(0)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.05)
print('ignored', len(got))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises KeyboardInterrupt')
