a, *rest = items
*init, last = items
first, *mid, last = items
[*xs] = ys
