import math
import random

rng = random.Random(7)
deck = list(range(20))
rng.shuffle(deck)
print(deck)
print(sorted(deck) == list(range(20)))
hand = rng.sample(deck, 5)
print(hand)
print(rng.choice("abcdef"))
print([round(rng.uniform(-1, 1), 8) for _ in range(3)])
angles = [rng.random() * 2 * math.pi for _ in range(4)]
pts = [(round(math.cos(a), 9), round(math.sin(a), 9)) for a in angles]
print(pts)
print(all(math.isclose(x * x + y * y, 1.0, rel_tol=1e-6) for x, y in pts))
random.seed(99)
a = [random.random() for _ in range(3)]
random.seed(99)
b = [random.random() for _ in range(3)]
print(a == b)
print(rng.randrange(0, 100, 5) % 5)
