f(x for x in y)
sum(i * i for i in range(10) if i % 2)
