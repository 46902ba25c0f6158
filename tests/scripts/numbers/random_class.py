import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice('xyz'))
r2 = random.Random(42)
print(r2.random())
random.seed(42)
print(random.random() == random.Random(42).random())
a = random.Random('seed')
b = random.Random('seed')
print([a.randrange(100) for _ in range(5)] == [b.randrange(100) for _ in range(5)])
lst = [1, 2, 3, 4, 5]
random.Random(3).shuffle(lst)
print(lst)
r.seed(5)
print(r.random(), r.gauss(0, 1), r.sample(range(10), 4))
print(type(r).__name__, isinstance(r, random.Random))
class MyRandom(random.Random):
    def coin(self):
        return 'H' if self.random() < 0.5 else 'T'
m = MyRandom(10)
print(''.join(m.coin() for _ in range(20)))
