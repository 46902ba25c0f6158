import random
random.seed(7)
tests = [
    lambda: random.choice([]),
    lambda: random.choice(''),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randint(5, 1),
    lambda: random.getrandbits(-1),
    lambda: random.expovariate(0),
    lambda: random.seed([1, 2]),
    lambda: random.choices([1, 2], [1], k=2),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]),
    lambda: random.shuffle((1, 2, 3)),
    lambda: random.sample([1, 2], 1, counts=[1]),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(random.random())
