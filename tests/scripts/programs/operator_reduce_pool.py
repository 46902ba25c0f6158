# Partial products and sums computed in a pool, combined with functools.reduce and operator functions.
from concurrent.futures import ThreadPoolExecutor
from functools import reduce
import itertools
import operator
from collections import namedtuple

Item = namedtuple("Item", "sku qty price category")
items = [
    Item("A1", 3, 4.5, "tools"), Item("B2", 1, 19.99, "garden"), Item("C3", 12, 0.75, "tools"),
    Item("D4", 2, 7.25, "kitchen"), Item("E5", 5, 3.0, "garden"), Item("F6", 1, 49.0, "kitchen"),
    Item("G7", 8, 1.2, "tools"),
]


def line_total(item):
    return round(operator.mul(item.qty, item.price), 2)


def factorial_range(bounds):
    lo, hi = bounds
    return reduce(operator.mul, range(lo, hi), 1)


with ThreadPoolExecutor(max_workers=4) as pool:
    totals = list(pool.map(line_total, items))
    pieces = list(pool.map(factorial_range, [(1, 6), (6, 11), (11, 16), (16, 21)]))
    starred = list(pool.map(operator.pow, [2, 3, 10], [10, 4, 3]))

print("line totals:", totals)
print("order total:", round(reduce(operator.add, totals), 2))
print("20! =", reduce(operator.mul, pieces), "pieces:", len(pieces))
print("powers:", starred, "starmap:", list(itertools.starmap(operator.sub, [(10, 3), (4, 9)])))

by_cat = sorted(items, key=operator.attrgetter("category", "sku"))
for cat, group in itertools.groupby(by_cat, key=operator.attrgetter("category")):
    group = list(group)
    print(f"{cat:<8} skus={list(map(operator.attrgetter('sku'), group))} qty={sum(map(operator.attrgetter('qty'), group))}")
cheapest = min(items, key=operator.attrgetter("price"))
print("cheapest:", cheapest.sku, "| top qty:", sorted(items, key=operator.itemgetter(1), reverse=True)[0].sku)
print("running max:", list(itertools.accumulate(totals, max)))
print("itemgetter pair:", operator.itemgetter(0, 3)(items[1]))
print("methodcaller:", list(map(operator.methodcaller("upper"), ["ab", "cd"])))
