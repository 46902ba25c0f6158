from itertools import *
import itertools
tests = [lambda: repeat(), lambda: repeat(1, 2, 3), lambda: count(1, 2, 3), lambda: cycle(), lambda: cycle(1),
         lambda: chain(1, 2).__next__(), lambda: list(chain.from_iterable([1])), lambda: compress('a'),
         lambda: dropwhile(None), lambda: islice([1], 'a'), lambda: islice([1], 1, 'a'), lambda: islice([1], 0, 1, 0),
         lambda: islice([1], -1), lambda: pairwise(), lambda: starmap(pow), lambda: list(starmap(pow, [1])),
         lambda: zip_longest([1], x=1), lambda: product([1], foo=2), lambda: product([1], repeat=-1),
         lambda: permutations([1], 'a'), lambda: combinations([1], -1), lambda: combinations_with_replacement('a'),
         lambda: tee(), lambda: tee([1], 'a'), lambda: groupby(), lambda: accumulate(), lambda: accumulate(1),
         lambda: list(accumulate(['a', 1])), lambda: takewhile(1, 2), lambda: count(start='a'),
         lambda: filterfalse(None, 3), lambda: list(islice(count(), 2, 10, 3)), lambda: next(iter(combinations(range(5), 5))),
         lambda: list(zip_longest('ab', [], 'c', fillvalue=0)), lambda: repr(count(2**70)), lambda: next(count(2**63-1, 2**62)),
         lambda: list(islice(count(1.0, 0.5), 3)), lambda: repr(repeat(None, 0)), lambda: repr(count(1, 1.0))]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
