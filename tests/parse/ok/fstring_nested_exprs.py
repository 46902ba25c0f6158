f'{a + b} and {f(x, y)} and {d["k"]} and {obj.attr}'
