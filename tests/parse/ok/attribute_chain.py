a.b.c.d
x = a.b
(1).real
1 .real
