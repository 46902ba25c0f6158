import math
import random

random.seed(12345)
inside = 0
N = 2000
for _ in range(N):
    x = random.random()
    y = random.random()
    if math.hypot(x, y) <= 1.0:
        inside += 1
est = 4 * inside / N
print(inside)
print(f"{est:.4f}")
print(abs(est - math.pi) < 0.2)
rolls = [random.randint(1, 6) for _ in range(30)]
print(rolls)
print(min(rolls) >= 1, max(rolls) <= 6)
mean = sum(rolls) / len(rolls)
var = sum((r - mean) ** 2 for r in rolls) / len(rolls)
print(round(mean, 6), round(math.sqrt(var), 6))
