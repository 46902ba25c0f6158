{k: v for k, v in d.items()}
{x: x ** 2 for x in range(5) if x % 2 == 0}
{k: v for k in ks for v in vs}
