a < b < c
0 <= i < n == m
x is not None is not y
a in b not in c
