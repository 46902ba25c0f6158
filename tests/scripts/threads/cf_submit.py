# ThreadPoolExecutor.submit returns Futures; result() waits.
from concurrent.futures import ThreadPoolExecutor, Future


def square(x, plus=0):
    return x * x + plus


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(6)]
    kw = ex.submit(square, 3, plus=1)
    fn = ex.submit(fn=square, x=2) if False else ex.submit(square, x=2)
    print(all(isinstance(f, Future) for f in futs))
    print([f.result() for f in futs], kw.result(), fn.result())
print(all(f.done() for f in futs))
