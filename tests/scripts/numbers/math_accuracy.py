import math, random
random.seed(123)
out = []
for i in range(300):
    n = random.randint(2, 6)
    v = [random.uniform(-1e3, 1e3) * 10 ** random.randint(-5, 5) for _ in range(n)]
    out.append(math.hypot(*v))
    out.append(math.fsum(v))
    out.append(math.log(random.randint(1, 10**random.randint(1, 400))))
    out.append(math.log10(random.randint(1, 10**random.randint(1, 400))))
print(sum(1 for x in out), out[:3])
print(hash(tuple(out)))
print(random.sample(range(10**6), 8), random.choices(range(10), k=3))
print(math.exp(1.5), math.sin(1e10), math.cos(123.456), math.tan(1.5), math.log(7.5), math.atanh(0.5), math.expm1(3.3))
