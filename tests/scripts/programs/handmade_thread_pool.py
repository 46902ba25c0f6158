# A small thread pool written by hand: a task queue, result slots signalled by Events, and clean shutdown.
import threading
import queue
from typing import Any, Callable


class Promise:
    def __init__(self):
        self._done = threading.Event()
        self._value = None
        self._error = None

    def set(self, value=None, error=None):
        self._value, self._error = value, error
        self._done.set()

    def get(self, timeout=None) -> Any:
        if not self._done.wait(timeout):
            raise TimeoutError("promise not fulfilled")
        if self._error is not None:
            raise self._error
        return self._value


class SimplePool:
    def __init__(self, size: int):
        self._tasks: queue.Queue = queue.Queue()
        self._threads = [threading.Thread(target=self._loop, name=f"pool-{i}", daemon=True)
                         for i in range(size)]
        for t in self._threads:
            t.start()

    def _loop(self):
        while (item := self._tasks.get()) is not None:
            fn, args, promise = item
            try:
                promise.set(value=fn(*args))
            except Exception as exc:
                promise.set(error=exc)

    def submit(self, fn: Callable, *args) -> Promise:
        p = Promise()
        self._tasks.put((fn, args, p))
        return p

    def map(self, fn, items):
        return [p.get() for p in [self.submit(fn, x) for x in items]]

    def shutdown(self):
        for _ in self._threads:
            self._tasks.put(None)
        for t in self._threads:
            t.join()
        return all(not t.is_alive() for t in self._threads)


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


pool = SimplePool(4)
print("primes:", [n for n, ok in zip(range(50), pool.map(is_prime, range(50))) if ok])
print("squares:", pool.map(lambda x: x * x, [3, 1, 4, 1, 5]))
bad = pool.submit(int, "forty-two")
try:
    bad.get(timeout=5)
except ValueError as e:
    print("error propagated:", e)
print("pending promise:", end=" ")
try:
    Promise().get(timeout=0.01)
except TimeoutError as e:
    print(e)
print("shutdown clean:", pool.shutdown())
