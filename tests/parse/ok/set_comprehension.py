{x for x in xs}
{x % 3 for x in range(10) if x}
